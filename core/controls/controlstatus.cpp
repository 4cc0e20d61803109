#include "controls/controlstatus.h"

namespace bulkhead {

namespace {
constexpr ControlStatus kStatuses[] = {ControlStatus::NotAssessed, ControlStatus::Pass, ControlStatus::Partial,
                                       ControlStatus::Fail, ControlStatus::Attested};
}

std::string_view controlStatusName(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotAssessed: return "not_assessed";
    case ControlStatus::Pass: return "pass";
    case ControlStatus::Partial: return "partial";
    case ControlStatus::Fail: return "fail";
    case ControlStatus::Attested: return "attested";
    }
    return "not_assessed";
}

std::optional<ControlStatus> controlStatusFromName(std::string_view name)
{
    for (ControlStatus s : kStatuses) {
        if (controlStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace bulkhead
