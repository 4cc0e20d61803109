// MainWindow's Drills page: created here with its connections, so that mainwindow.cpp only places
// it in the page stack.
#include "mainwindow/mainwindow.h"

#include "drills/drillsview.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/pagestack.h"

namespace bulkhead::ui {

void MainWindow::createDrillsPage()
{
    m_drills = new DrillsView(m_storePath, m_stack);
    connect(m_drills, &DrillsView::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 8000); });
}

} // namespace bulkhead::ui
