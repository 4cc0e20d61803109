// MainWindow's wiring of the Weekly review page: its rows lead to the page behind them (through
// showEvidence, as the Controls page's evidence does), and a sign-off (a new snapshot) shows on
// the overview's score trend.
#include "mainwindow/mainwindow.h"

#include "mainwindow/mainstatusbar.h"
#include "overview/overviewview.h"
#include "review/weeklyreviewview.h"

namespace bulkhead::ui {

void MainWindow::connectReview()
{
    connect(m_review, &WeeklyReviewView::findingsRequested, this, &MainWindow::showFindings);
    connect(m_review, &WeeklyReviewView::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_review, &WeeklyReviewView::signedOff, this, [this] {
        m_statusBar->showMessage(tr("Weekly review signed off; the next review compares with this one."), 15000);
        m_overview->refresh(); // the sign-off's snapshot is a point of the score trend
    });
}

} // namespace bulkhead::ui
