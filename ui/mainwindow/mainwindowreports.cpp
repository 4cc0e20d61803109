// MainWindow's Reports page: created here with its connections, so that mainwindow.cpp only places
// it in the page stack.
#include "mainwindow/mainwindow.h"

#include "mainwindow/mainstatusbar.h"
#include "mainwindow/pagestack.h"
#include "reports/reportsview.h"

namespace bulkhead::ui {

void MainWindow::createReportsPage()
{
    m_reports = new ReportsView(m_storePath, m_stack);
    connect(m_reports, &ReportsView::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 8000); });
}

} // namespace bulkhead::ui
