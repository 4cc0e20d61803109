#include "welcome/welcomepage.h"

#include "pages/pagetext.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bulkhead::ui {

WelcomePage::WelcomePage(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(tr("Welcome to Bulkhead"), column));
    layout->addWidget(makeParagraph(
        tr("This store is empty. Bulkhead turns scanner reports, registries and clusters into one list of "
           "findings to triage, with an overview of your posture. Start with the reports you have."),
        column));
    layout->addSpacing(fontMetrics().height());

    // One row per action: the button, and beside it what it does or what brings it.
    auto *actions = new QGridLayout;
    actions->setColumnStretch(1, 1);
    actions->setHorizontalSpacing(fontMetrics().height());
    actions->setVerticalSpacing(fontMetrics().height() * 2 / 3);
    int row = 0;
    // An action that works today is explained in plain text; one that is coming is disabled and
    // its note, greyed, names the feature that brings it.
    auto addAction = [&](QStyle::StandardPixmap icon, const QString &text, bool available, const QString &note) {
        auto *button = new QPushButton(style()->standardIcon(icon), text, column);
        button->setEnabled(available);
        button->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
        actions->addWidget(button, row, 0, Qt::AlignTop);
        actions->addWidget(available ? makeParagraph(note, column) : makeNote(note, column), row, 1, Qt::AlignTop);
        ++row;
        return button;
    };
    m_importFiles = addAction(QStyle::SP_DialogOpenButton, tr("Import scanner reports…"), true,
                              tr("One or more report files: Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator or "
                                 "Kubescape JSON. The format is read from the content, not the file name."));
    m_importFiles->setDefault(true);
    m_importFolder = addAction(QStyle::SP_DirOpenIcon, tr("Import a folder…"), true,
                               tr("Every JSON report below a folder, for example a CI artifacts folder."));
    m_addCluster = addAction(QStyle::SP_ComputerIcon, tr("Add a cluster from kubeconfig…"), true,
                             tr("A Kubernetes cluster through a context of your kubeconfig, read-only: workloads "
                                "checked against the runtime controls, namespace segmentation and what could be "
                                "collected. Secret values are never read."));
    m_addRegistry = addAction(QStyle::SP_DriveNetIcon, tr("Add a registry…"), true,
                              tr("A container registry: images, signatures and SBOMs read through the OCI distribution "
                                 "API, judged against the build controls."));
    layout->addLayout(actions);
    layout->addSpacing(fontMetrics().height());

    layout->addWidget(makeParagraph(tr("<b>Or drop report files or folders anywhere on this window.</b>"), column));
    layout->addWidget(makeParagraph(
        tr("To look around first, create a demo workspace with synthetic findings and open it:<br>"
           "<code>&nbsp;&nbsp;bulkheadctl --db ~/bulkhead-demo.db demo</code><br>"
           "<code>&nbsp;&nbsp;bulkhead --db ~/bulkhead-demo.db</code>"),
        column));
    layout->addSpacing(fontMetrics().height());
    QLabel *store = makeNote(tr("Store: %1").arg(storePath), column);
    store->setTextFormat(Qt::PlainText); // a path is not markup
    layout->addWidget(store);
    layout->addStretch(1);

    connect(m_importFiles, &QPushButton::clicked, this, &WelcomePage::importFilesRequested);
    connect(m_importFolder, &QPushButton::clicked, this, &WelcomePage::importFolderRequested);
    connect(m_addRegistry, &QPushButton::clicked, this, &WelcomePage::addRegistryRequested);
    connect(m_addCluster, &QPushButton::clicked, this, &WelcomePage::addClusterRequested);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(readableColumn(column, this));
}

} // namespace bulkhead::ui
