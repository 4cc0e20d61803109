// MainWindow's wiring of the Weekly review page: its rows lead to the findings or to the page
// behind them, and a sign-off (a new snapshot) shows on the overview's score trend.
#include "mainwindow/mainwindow.h"

#include "mainwindow/mainstatusbar.h"
#include "overview/overviewview.h"
#include "review/reviewlink.h"
#include "review/weeklyreviewview.h"
#include "secrets/secretsfilterbar.h"
#include "secrets/secretsview.h"

#include <QCheckBox>
#include <QUrlQuery>

namespace bulkhead::ui {

void MainWindow::connectReview()
{
    connect(m_review, &WeeklyReviewView::findingsRequested, this, &MainWindow::showFindings);
    connect(m_review, &WeeklyReviewView::evidenceRequested, this, &MainWindow::openReviewLink);
    connect(m_review, &WeeklyReviewView::signedOff, this, [this] {
        m_statusBar->showMessage(tr("Weekly review signed off; the next review compares with this one."), 15000);
        m_overview->refresh(); // the sign-off's snapshot is a point of the score trend
    });
}

// Until the Controls page's MainWindow::showEvidence is on main: findings with their filter, the
// overdue secrets, the other pages unfiltered.
void MainWindow::openReviewLink(const EvidenceLink &link)
{
    const std::optional<PageId> id = pageFromKey(QString::fromStdString(link.page));
    if (!id)
        return;
    if (*id == PageId::Findings) {
        showFindings(findingFilterFromLink(link.filter));
        return;
    }
    showPage(*id);
    const QUrlQuery query(QString::fromStdString(link.filter));
    if (*id == PageId::Secrets && query.queryItemValue(QStringLiteral("overdue")) == QLatin1String("1"))
        m_secrets->filterBar()->overdueCheck()->setChecked(true);
}

} // namespace bulkhead::ui
