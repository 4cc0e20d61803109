#include "model/findingkind.h"
#include "model/findingstatus.h"

namespace bulkhead {

std::string_view findingKindName(FindingKind k)
{
    switch (k) {
    case FindingKind::Vulnerability: return "vulnerability";
    case FindingKind::Misconfiguration: return "misconfiguration";
    case FindingKind::Secret: return "secret";
    }
    return "unknown";
}

bool parseFindingKindName(std::string_view text, FindingKind &out)
{
    for (auto k : {FindingKind::Vulnerability, FindingKind::Misconfiguration, FindingKind::Secret}) {
        if (findingKindName(k) == text) {
            out = k;
            return true;
        }
    }
    return false;
}

std::string_view findingStatusName(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Open: return "open";
    case FindingStatus::Confirmed: return "confirmed";
    case FindingStatus::FalsePositive: return "false_positive";
    case FindingStatus::RiskAccepted: return "risk_accepted";
    case FindingStatus::Mitigated: return "mitigated";
    case FindingStatus::Resolved: return "resolved";
    }
    return "open";
}

bool parseFindingStatusName(std::string_view text, FindingStatus &out)
{
    for (auto s : {FindingStatus::Open, FindingStatus::Confirmed, FindingStatus::FalsePositive,
                   FindingStatus::RiskAccepted, FindingStatus::Mitigated, FindingStatus::Resolved}) {
        if (findingStatusName(s) == text) {
            out = s;
            return true;
        }
    }
    return false;
}

} // namespace bulkhead
