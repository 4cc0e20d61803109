#include "placeholder/placeholdercontent.h"

#include <QCoreApplication>

namespace bulkhead::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceholderContent", text);
}

FindingFilter kindFilter(FindingKind kind)
{
    FindingFilter f;
    f.kinds = {kind};
    return f;
}

} // namespace

std::optional<PlaceholderContent> placeholderContent(PageId page)
{
    PlaceholderContent c;
    c.title = pageTitle(page);
    switch (page) {
    case PageId::Overview:
    case PageId::Controls:
    case PageId::Findings:
    case PageId::Images:
    case PageId::Workloads:
    case PageId::Rbac:
    case PageId::Drills:
    case PageId::WeeklyReview:
    case PageId::Reports:
        return std::nullopt; // built: ui/controls, ui/images, ui/workloads, ui/rbac, ui/drills, ui/review, ui/reports
    case PageId::Secrets:
        c.summary = tr("Secrets as metadata only, never their values: age against the rotation policy, legacy "
                       "service-account token secrets, who can read each secret, and whether workloads fetch "
                       "them from a secret store or read them from environment variables.");
        c.sources = tr("The cluster collector (secret metadata only) and Vault KV v2 metadata endpoints. The "
                       "exposed secrets that scanners find in images and code are already in Findings.");
        c.controls = tr("SEC-1 to SEC-5 (no secrets in images, secret stores, rotation, access, volumes over "
                        "environment variables)");
        c.arrival = tr("Arrives with the cluster and Vault collectors.");
        c.related = kindFilter(FindingKind::Secret);
        c.relatedLabel = tr("Show imported secret findings");
        break;
    }
    return c;
}

} // namespace bulkhead::ui
