#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// The six areas of the practice guide, in its order.
enum class ControlArea { Build, Runtime, Secrets, Identity, SupplyChain, IncidentReadiness };
inline constexpr std::array kControlAreas{ControlArea::Build,    ControlArea::Runtime,     ControlArea::Secrets,
                                          ControlArea::Identity, ControlArea::SupplyChain, ControlArea::IncidentReadiness};

// "build", "runtime", "secrets", "identity", "supply-chain", "incident-readiness" (controls.json).
std::string_view controlAreaName(ControlArea area);
std::optional<ControlArea> controlAreaFromName(std::string_view name);
// "Build and image security", "Runtime controls", ... as the guide titles them (untranslated).
std::string_view controlAreaTitle(ControlArea area);
// The same title in the installed translation (context "ControlArea"), for people: the report,
// the CLI's text output.
std::string controlAreaTitleText(ControlArea area);

} // namespace bulkhead
