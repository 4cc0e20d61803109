#pragma once

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QTextBrowser;

namespace bulkhead::ui {

class FindingDetailWorker;
struct FindingDetailReply;

// The detail of the finding selected in the findings table: rule text, key facts with the SLA
// due date, references as links that open in the browser, source reports, where else the same
// rule is found, and the triage history. Reads on its own thread and read-only connection; when
// the selection moves faster than the store answers, only the newest answer is shown.
class FindingDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetailPane)

public:
    explicit FindingDetailPane(const QString &storePath, QWidget *parent = nullptr);
    ~FindingDetailPane() override;

    qint64 findingId() const { return m_findingId; }
    // The rich text shown (for tests and "copy as HTML").
    QString currentHtml() const;
    // Rows of "affected elsewhere" loaded per finding (the counts are always complete).
    void setMaxAffected(int rows) { m_maxAffected = rows; }

public Q_SLOTS:
    // 0 clears the pane to a hint.
    void showFinding(qint64 findingId);
    // Reads the shown finding again (after a triage change or an import).
    void reload();

Q_SIGNALS:
    // The pane now shows the answer for `findingId`: its detail, "no longer in the store" or a
    // read error.
    void loaded(qint64 findingId);

private:
    void request(bool keepScroll);
    void onReply(const FindingDetailReply &reply);
    void setHtmlKeepingScroll(const QString &html, bool keepScroll);

    QTextBrowser *m_browser = nullptr;
    QString m_html; // what was last given to the browser
    QThread m_thread;
    FindingDetailWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_findingId = 0;
    bool m_keepScroll = false;
    int m_maxAffected = 50;
};

} // namespace bulkhead::ui
