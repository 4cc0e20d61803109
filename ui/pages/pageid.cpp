#include "pages/pageid.h"

#include <QCoreApplication>
#include <QStringList>

namespace bulkhead::ui {

const std::array<PageInfo, kPageCount> &pageInfos()
{
    // QT_TRANSLATE_NOOP marks the titles for lupdate; pageTitle() translates them at run time.
    static const std::array<PageInfo, kPageCount> pages{{
        {PageId::Overview, "overview", QT_TRANSLATE_NOOP("Pages", "Overview"), QStyle::SP_FileDialogInfoView},
        {PageId::Controls, "controls", QT_TRANSLATE_NOOP("Pages", "Controls"), QStyle::SP_DialogYesButton},
        {PageId::Findings, "findings", QT_TRANSLATE_NOOP("Pages", "Findings"), QStyle::SP_MessageBoxWarning},
        {PageId::Images, "images", QT_TRANSLATE_NOOP("Pages", "Images"), QStyle::SP_DriveHDIcon},
        {PageId::Workloads, "workloads", QT_TRANSLATE_NOOP("Pages", "Workloads"), QStyle::SP_ComputerIcon},
        {PageId::Rbac, "rbac", QT_TRANSLATE_NOOP("Pages", "RBAC"), QStyle::SP_DirLinkIcon},
        {PageId::Secrets, "secrets", QT_TRANSLATE_NOOP("Pages", "Secrets"), QStyle::SP_FileDialogDetailedView},
        {PageId::Drills, "drills", QT_TRANSLATE_NOOP("Pages", "Drills"), QStyle::SP_BrowserReload},
        {PageId::WeeklyReview, "review", QT_TRANSLATE_NOOP("Pages", "Weekly review"), QStyle::SP_DialogApplyButton},
        {PageId::Reports, "reports", QT_TRANSLATE_NOOP("Pages", "Reports"), QStyle::SP_FileIcon},
    }};
    return pages;
}

const PageInfo &pageInfo(PageId id)
{
    return pageInfos()[static_cast<std::size_t>(id)];
}

QString pageTitle(PageId id)
{
    return QCoreApplication::translate("Pages", pageInfo(id).title);
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (const PageInfo &p : pageInfos()) {
        if (key.compare(QLatin1String(p.key), Qt::CaseInsensitive) == 0)
            return p.id;
    }
    return std::nullopt;
}

QStringList pageKeys()
{
    QStringList keys;
    for (const PageInfo &p : pageInfos())
        keys << QLatin1String(p.key);
    return keys;
}

} // namespace bulkhead::ui
