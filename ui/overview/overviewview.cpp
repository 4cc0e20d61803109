#include "overview/overviewview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bulkhead::ui {

OverviewView::OverviewView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(storePath);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Overview"), this));
}

void OverviewView::refresh() {}

} // namespace bulkhead::ui
