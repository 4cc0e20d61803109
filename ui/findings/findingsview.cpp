#include "findings/findingsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bulkhead::ui {

FindingsView::FindingsView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(storePath);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Findings"), this));
}

QList<QAction *> FindingsView::menuActions() const { return {}; }
void FindingsView::refresh() {}
void FindingsView::showFilter(const bulkhead::FindingFilter &) {}
void FindingsView::focusSearch() {}

} // namespace bulkhead::ui
