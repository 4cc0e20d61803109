#pragma once

#include "store/findingfilter.h"

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QPushButton;
class QTextBrowser;

namespace bulkhead::ui {

class ImageDetailWorker;
struct ImageDetailReply;

// The detail of the image selected in the Images table: identity, config and history, signature,
// SBOM and scan coverage, and its open findings with a button that opens the Findings view on
// them. Reads on its own thread; when the selection moves faster than the store answers, only the
// newest answer is shown.
class ImageDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDetailPane)

public:
    explicit ImageDetailPane(const QString &storePath, QWidget *parent = nullptr);
    ~ImageDetailPane() override;

    qint64 imageId() const { return m_imageId; }
    qint64 assetId() const { return m_assetId; }
    QString currentHtml() const { return m_html; }
    QPushButton *findingsButton() const { return m_findingsButton; }
    void setScanMaxAgeDays(int days) { m_scanMaxAgeDays = days; }

public Q_SLOTS:
    void showImage(qint64 imageId); // 0 clears the pane to a hint
    void reload();

Q_SIGNALS:
    void loaded(qint64 imageId);
    void findingsRequested(const bulkhead::FindingFilter &filter);

private:
    void request();
    void onReply(const ImageDetailReply &reply);
    void setHtml(const QString &html);

    QTextBrowser *m_browser = nullptr;
    QPushButton *m_findingsButton = nullptr;
    QString m_html;
    QThread m_thread;
    ImageDetailWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_imageId = 0;
    qint64 m_assetId = 0;
    int m_scanMaxAgeDays = 7;
};

} // namespace bulkhead::ui
