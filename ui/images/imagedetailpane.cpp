#include "images/imagedetailpane.h"

#include "images/imagedetailhtml.h"
#include "images/imagedetailworker.h"

#include <QDateTime>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bulkhead::ui {

ImageDetailPane::ImageDetailPane(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("imageDetailBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false); // labels come from registries: nothing in them is followed
    // Digests are long unbroken words: wrap them rather than scroll sideways.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_findingsButton = new QPushButton(tr("Show this image's findings"), this);
    m_findingsButton->setObjectName(QStringLiteral("imageFindingsButton"));
    m_findingsButton->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findingsButton);
    connect(m_findingsButton, &QPushButton::clicked, this, [this] {
        if (m_assetId <= 0)
            return;
        FindingFilter filter;
        filter.assetIds = {m_assetId};
        Q_EMIT findingsRequested(filter);
    });

    qRegisterMetaType<ImageDetailReply>();
    m_worker = new ImageDetailWorker(storePath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImageDetailWorker::replied, this, &ImageDetailPane::onReply, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("ImageDetailPane"));
    m_thread.start();
    showImage(0);
}

ImageDetailPane::~ImageDetailPane()
{
    m_thread.quit();
    m_thread.wait();
}

void ImageDetailPane::showImage(qint64 imageId)
{
    m_imageId = imageId > 0 ? imageId : 0;
    if (m_imageId == 0) {
        m_latest->fetch_add(1); // whatever is still on its way is stale now
        m_assetId = 0;
        m_findingsButton->setEnabled(false);
        setHtml(imageHintHtml(tr("Select an image to see its configuration, history, signature and findings.")));
        return;
    }
    request();
}

void ImageDetailPane::reload()
{
    if (m_imageId > 0)
        request();
}

void ImageDetailPane::request()
{
    const quint64 serial = m_latest->fetch_add(1) + 1;
    const qint64 id = m_imageId;
    ImageDetailWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, serial, id] { worker->load(serial, id); }, Qt::QueuedConnection);
}

void ImageDetailPane::onReply(const ImageDetailReply &reply)
{
    if (reply.request != m_latest->load() || reply.imageId != m_imageId)
        return; // an answer to a row the user has already left
    m_assetId = reply.found ? reply.assetId : 0;
    m_findingsButton->setEnabled(m_assetId > 0);
    if (reply.found)
        setHtml(imageDetailHtml(reply, m_scanMaxAgeDays, QDateTime::currentSecsSinceEpoch()));
    else if (!reply.error.isEmpty())
        setHtml(imageHintHtml(tr("The image could not be read: %1").arg(reply.error)));
    else
        setHtml(imageHintHtml(tr("This image is no longer in the store.")));
    Q_EMIT loaded(reply.imageId);
}

void ImageDetailPane::setHtml(const QString &html)
{
    m_html = html;
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(0);
}

} // namespace bulkhead::ui
