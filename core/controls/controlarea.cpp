#include "controls/controlarea.h"

namespace bulkhead {

std::string_view controlAreaName(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return "build";
    case ControlArea::Runtime: return "runtime";
    case ControlArea::Secrets: return "secrets";
    case ControlArea::Identity: return "identity";
    case ControlArea::SupplyChain: return "supply-chain";
    case ControlArea::IncidentReadiness: return "incident-readiness";
    }
    return "build";
}

std::optional<ControlArea> controlAreaFromName(std::string_view name)
{
    for (ControlArea a : kControlAreas) {
        if (controlAreaName(a) == name)
            return a;
    }
    return std::nullopt;
}

// The section headings of the practice guide (mission/container-security-best-practices.txt).
std::string_view controlAreaTitle(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return "Build and image security";
    case ControlArea::Runtime: return "Runtime controls";
    case ControlArea::Secrets: return "Secrets and configuration";
    case ControlArea::Identity: return "Access and identity";
    case ControlArea::SupplyChain: return "CI/CD and supply chain";
    case ControlArea::IncidentReadiness: return "Incident readiness and governance";
    }
    return "";
}

} // namespace bulkhead
