#include "mainwindow/mainwindow.h"

#include "findings/findingstablemodel.h"

#include <QAction>
#include <algorithm>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent), m_storePath(storePath)
{
    setWindowTitle(tr("Bulkhead"));
    resize(1200, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_message = new QLabel(central);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new FindingsTableModel(this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *reload = fileMenu->addAction(tr("&Reload"), this, [this] { openStore(); });
    reload->setShortcut(QKeySequence::Refresh);
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    openStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStore()
{
    QString error;
    m_storeOpen = m_model->open(m_storePath, &error);
    if (!m_storeOpen) {
        m_message->setText(tr("Cannot open the store: %1").arg(error));
        m_message->show();
        statusBar()->showMessage(m_storePath);
        return;
    }
    if (m_model->totalCount() == 0) {
        m_message->setText(tr("The store is empty. Import scanner reports with "
                              "<code>bulkheadctl --db %1 import FILE|DIR</code>.")
                               .arg(m_storePath.toHtmlEscaped()));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_table->resizeColumnsToContents();
    // Long asset names and titles would push everything else off screen; the tooltip and the
    // stretching last column show the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int caps[] = {8, 9, 12, 14, 14, 11, 11, 20}; // in em, per column before Title
    for (int c = 0; c < FindingsTableModel::Title; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), caps[c] * em));
    statusBar()->showMessage(tr("%1 — %n finding(s)", nullptr, static_cast<int>(m_model->totalCount())).arg(m_storePath));
}

} // namespace bulkhead::ui
