// MainWindow's wiring of the Weekly review page: its rows lead to the findings or to the page
// behind them, and a sign-off (a new snapshot) shows on the overview's score trend.
#include "mainwindow/mainwindow.h"

#include "mainwindow/mainstatusbar.h"
#include "overview/overviewview.h"
#include "review/weeklyreviewview.h"
#include "secrets/secretsfilterbar.h"
#include "secrets/secretsview.h"

#include <QCheckBox>
#include <QUrlQuery>

namespace bulkhead::ui {

void MainWindow::connectReview()
{
    connect(m_review, &WeeklyReviewView::findingsRequested, this, &MainWindow::showFindings);
    connect(m_review, &WeeklyReviewView::pageRequested, this, &MainWindow::openReviewLink);
    connect(m_review, &WeeklyReviewView::signedOff, this, [this] {
        m_statusBar->showMessage(tr("Weekly review signed off; the next review compares with this one."), 15000);
        m_overview->refresh(); // the sign-off's snapshot is a point of the score trend
    });
}

void MainWindow::openReviewLink(const QString &pageKey, const QString &filter)
{
    const std::optional<PageId> id = pageFromKey(pageKey);
    if (!id)
        return;
    showPage(*id);
    // The filters the pages take so far; the others open unfiltered.
    const QUrlQuery query(filter);
    if (*id == PageId::Secrets && query.queryItemValue(QStringLiteral("overdue")) == QLatin1String("1"))
        m_secrets->filterBar()->overdueCheck()->setChecked(true);
}

} // namespace bulkhead::ui
