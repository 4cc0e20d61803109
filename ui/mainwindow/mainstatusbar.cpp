#include "mainwindow/mainstatusbar.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace bulkhead::ui {

MainStatusBar::MainStatusBar(QWidget *parent) : QStatusBar(parent)
{
    m_job = new QLabel(this);
    m_counts = new QLabel(this);
    m_demo = new QLabel(tr("DEMO STORE"), this);
    m_demo->setToolTip(tr("This store was written by bulkheadctl demo: synthetic reports, not your posture."));
    // Loud on purpose: screenshots and a shared screen must never pass demo data for real data.
    m_demo->setStyleSheet(QStringLiteral("QLabel { background: #f0a30a; color: black; font-weight: bold; "
                                         "padding: 1px 8px; border-radius: 3px; }"));
    m_demo->hide();
    m_store = new QLabel(this);
    m_store->setTextFormat(Qt::PlainText);
    addPermanentWidget(m_job);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_demo);
    addPermanentWidget(m_store);
}

void MainStatusBar::setStore(const QString &path, bool demo)
{
    m_store->setText(QFileInfo(path).fileName());
    m_store->setToolTip(tr("Store: %1").arg(path));
    m_demo->setVisible(demo);
}

void MainStatusBar::setCounts(qint64 findings, qint64 open, qint64 reports)
{
    const QLocale locale;
    m_counts->setText(tr("%Ln findings, %1 open", nullptr, int(findings)).arg(locale.toString(open)));
    m_counts->setToolTip(
        tr("Open: open or confirmed, still to be fixed. %Ln reports imported.", nullptr, int(reports)));
}

void MainStatusBar::setCountsError(const QString &error)
{
    m_counts->setText(tr("Counts unavailable"));
    m_counts->setToolTip(error);
}

void MainStatusBar::setJobText(const QString &text)
{
    m_job->setText(text);
    m_job->setVisible(!text.isEmpty());
}

} // namespace bulkhead::ui
