#pragma once

#include "placeholder/placeholdercontent.h"

#include <QWidget>

namespace bulkhead::ui {

// The page of a view that is not built yet: what will come there, what feeds it, which controls it
// covers and when it arrives; where findings of that area are already in the store, a button shows
// them.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const PlaceholderContent &content, QWidget *parent = nullptr);

    const PlaceholderContent &content() const { return m_content; }

Q_SIGNALS:
    void findingsRequested(const bulkhead::FindingFilter &filter);

private:
    PlaceholderContent m_content;
};

} // namespace bulkhead::ui
