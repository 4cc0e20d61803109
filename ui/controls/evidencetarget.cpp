#include "controls/evidencetarget.h"

#include <algorithm>

#include "registry/signaturestate.h"

namespace bulkhead::ui {

namespace {

QStringList values(const QString &value)
{
    return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// "critical,high" through one of the model's strict name parsers; false at the first unknown name.
template <typename T>
bool parseList(const QString &value, bool (*parse)(std::string_view, T &), std::vector<T> &out)
{
    for (const QString &v : values(value)) {
        T item{};
        if (!parse(v.toStdString(), item))
            return false;
        out.push_back(item);
    }
    return true;
}

// One key of the findings vocabulary; false when not understood.
bool applyFindings(const QString &key, const QString &value, FindingFilter &f)
{
    if (key == QLatin1String("control")) {
        for (const QString &v : values(value))
            f.controls.push_back(v.toStdString());
        return true;
    }
    if (key == QLatin1String("severity"))
        return parseList(value, parseSeverityName, f.severities);
    if (key == QLatin1String("status")) {
        if (!parseList(value, parseFindingStatusName, f.statuses))
            return false;
        // "open" means what the rest of the window calls open (the overview's counters, the
        // evidence's open findings): open or confirmed, not yet decided away.
        const auto has = [&f](FindingStatus s) { return std::find(f.statuses.begin(), f.statuses.end(), s) != f.statuses.end(); };
        if (has(FindingStatus::Open) && !has(FindingStatus::Confirmed))
            f.statuses.push_back(FindingStatus::Confirmed);
        return true;
    }
    if (key == QLatin1String("kind"))
        return parseList(value, parseFindingKindName, f.kinds);
    return false;
}

bool applyImages(const QString &key, const QString &value, ImageFilter &f)
{
    if (key == QLatin1String("signature")) {
        for (const QString &v : values(value)) {
            if (v == QLatin1String("unsigned"))
                f.signature.push_back(static_cast<int>(SignatureState::Unsigned));
            else if (v == QLatin1String("invalid"))
                f.signature.push_back(static_cast<int>(SignatureState::Invalid));
            else if (v == QLatin1String("unverified") || v == QLatin1String("signed-not-verified"))
                f.signature.push_back(static_cast<int>(SignatureState::SignedNotVerified));
            else
                return false;
        }
        return true;
    }
    if (key == QLatin1String("sbom") && value == QLatin1String("missing")) {
        f.hasSbom = false;
        return true;
    }
    if (key == QLatin1String("user") && value == QLatin1String("root")) {
        f.root = true;
        return true;
    }
    return false;
}

} // namespace

EvidenceTarget evidenceTarget(const EvidenceLink &link)
{
    EvidenceTarget t;
    t.page = pageFromKey(QString::fromStdString(link.page));
    for (const QString &pair : QString::fromStdString(link.filter).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        bool understood = false;
        switch (t.page.value_or(PageId::Overview)) {
        case PageId::Findings: understood = applyFindings(key, value, t.findings); break;
        case PageId::Images: understood = applyImages(key, value, t.images); break;
        case PageId::Workloads:
            understood = key == QLatin1String("check") && !value.isEmpty();
            if (understood)
                t.workloads.failingCheck = value.toStdString();
            break;
        case PageId::Secrets:
            understood = key == QLatin1String("overdue");
            t.secrets.overdue = understood && value != QLatin1String("0");
            break;
        case PageId::Rbac:
            if (key == QLatin1String("review") && value == QLatin1String("overdue")) {
                t.rbacReview = true;
                understood = true;
            } else if (key == QLatin1String("risk") && !value.isEmpty()) {
                t.rbacRisk = value.toStdString();
                understood = true;
            }
            break;
        default: break;
        }
        if (!understood)
            t.ignored << pair;
    }
    return t;
}

} // namespace bulkhead::ui
