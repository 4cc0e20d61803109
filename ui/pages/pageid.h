#pragma once

#include <QString>
#include <QStyle>

#include <array>
#include <optional>

namespace bulkhead::ui {

// Every view of the design, in sidebar order. The main window shows one at a time; the order also
// gives the View menu's Ctrl+1..Ctrl+9 and Ctrl+0 shortcuts.
enum class PageId { Overview, Controls, Findings, Images, Workloads, Rbac, Secrets, Drills, WeeklyReview, Reports };
inline constexpr int kPageCount = 10;

struct PageInfo {
    PageId id;
    const char *key;              // stable name: settings ("last page") and `bulkhead --page`
    const char *title;            // untranslated; use pageTitle()
    QStyle::StandardPixmap icon;  // sidebar and View menu icon
};

const std::array<PageInfo, kPageCount> &pageInfos();
const PageInfo &pageInfo(PageId id);
QString pageTitle(PageId id); // translated
std::optional<PageId> pageFromKey(const QString &key);
QStringList pageKeys();

} // namespace bulkhead::ui
