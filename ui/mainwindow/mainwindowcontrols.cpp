// MainWindow's Controls page: the view, its drill-down to the pages that hold the evidence, and
// the attestation dialog. The other pages' wiring is in mainwindow.cpp.
#include "mainwindow/mainwindow.h"

#include "controls/controlsview.h"
#include "controls/evidencetarget.h"
#include "images/imagesview.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/pagestack.h"
#include "rbac/rbacview.h"
#include "secrets/secretsview.h"
#include "workloads/workloadsview.h"

namespace bulkhead::ui {

void MainWindow::createControlsPage()
{
    m_controls = new ControlsView(m_storePath, m_stack);
    connect(m_controls, &ControlsView::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_controls, &ControlsView::attested, this, [this](const QString &control) {
        m_statusBar->showMessage(tr("Attestation of %1 recorded.").arg(control), 8000);
        refreshViews(); // the weekly review and the overview count attestations too
    });
    connect(m_controls, &ControlsView::loadFailed, this,
            [this](const QString &error) { m_statusBar->showMessage(error, 15000); });
}

void MainWindow::showEvidence(const EvidenceLink &link)
{
    const EvidenceTarget target = evidenceTarget(link);
    if (!target.page) {
        m_statusBar->showMessage(tr("No page \"%1\" to show this evidence on.").arg(QString::fromStdString(link.page)),
                                 8000);
        return;
    }
    if (!target.ignored.isEmpty()) // a filter this version does not know: show the page, say what is left out
        m_statusBar->showMessage(tr("Filter not applied: %1").arg(target.ignored.join(QStringLiteral(", "))), 8000);
    switch (*target.page) {
    case PageId::Findings: showFindings(target.findings); return;
    case PageId::Images:
        showPage(PageId::Images);
        m_images->showFilter(target.images);
        return;
    case PageId::Workloads:
        showPage(PageId::Workloads);
        m_workloads->showFilter(target.workloads);
        return;
    case PageId::Secrets:
        showPage(PageId::Secrets);
        m_secrets->showFilter(target.secrets);
        return;
    case PageId::Rbac:
        showPage(PageId::Rbac);
        if (target.rbacReview)
            m_rbac->showReviewQueue();
        else if (!target.rbacRisk.empty())
            m_rbac->showRiskySubjects();
        return;
    default: showPage(*target.page); return;
    }
}

} // namespace bulkhead::ui
