#include "controls/controlarea.h"

#include <QCoreApplication>

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

// The section headings of the practice guide (mission/container-security-best-practices.txt),
// marked for lupdate in the "ControlArea" context (controlAreaTitleText translates them).
std::string_view controlAreaTitle(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return QT_TRANSLATE_NOOP("ControlArea", "Build and image security");
    case ControlArea::Runtime: return QT_TRANSLATE_NOOP("ControlArea", "Runtime controls");
    case ControlArea::Secrets: return QT_TRANSLATE_NOOP("ControlArea", "Secrets and configuration");
    case ControlArea::Identity: return QT_TRANSLATE_NOOP("ControlArea", "Access and identity");
    case ControlArea::SupplyChain: return QT_TRANSLATE_NOOP("ControlArea", "CI/CD and supply chain");
    case ControlArea::IncidentReadiness: return QT_TRANSLATE_NOOP("ControlArea", "Incident readiness and governance");
    }
    return "";
}

std::string controlAreaTitleText(ControlArea area)
{
    return QCoreApplication::translate("ControlArea", controlAreaTitle(area).data()).toStdString();
}

} // namespace bulkhead
