#pragma once

#include <QStatusBar>

class QLabel;

namespace bulkhead::ui {

// The main window's status bar: on the left the passing messages (views, finished jobs); on the
// right, permanently, the running job, the store's counts, a Demo badge for demo stores and the
// store file.
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)

public:
    explicit MainStatusBar(QWidget *parent = nullptr);

    void setStore(const QString &path, bool demo);
    void setCounts(qint64 findings, qint64 open, qint64 reports);
    void setCountsError(const QString &error);
    void setJobText(const QString &text); // empty: no job runs

    QLabel *demoBadge() const { return m_demo; }
    QLabel *storeLabel() const { return m_store; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *jobLabel() const { return m_job; }

private:
    QLabel *m_job = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_demo = nullptr;
    QLabel *m_store = nullptr;
};

} // namespace bulkhead::ui
