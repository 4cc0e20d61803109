#include "model/severity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace bulkhead {

std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Critical: return "critical";
    case Severity::High: return "high";
    case Severity::Medium: return "medium";
    case Severity::Low: return "low";
    case Severity::Info: return "info";
    case Severity::Unknown: break;
    }
    return "unknown";
}

Severity severityFromText(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "critical") return Severity::Critical;
    if (lower == "high" || lower == "important") return Severity::High;
    if (lower == "medium" || lower == "moderate") return Severity::Medium;
    if (lower == "low") return Severity::Low;
    if (lower == "info" || lower == "informational" || lower == "negligible" || lower == "none")
        return Severity::Info;
    return Severity::Unknown;
}

Severity severityFromCvss(double score)
{
    if (score < 0) return Severity::Unknown;
    if (score >= 9.0) return Severity::Critical;
    if (score >= 7.0) return Severity::High;
    if (score >= 4.0) return Severity::Medium;
    if (score >= 0.1) return Severity::Low;
    return Severity::Info;
}

bool parseSeverityName(std::string_view text, Severity &out)
{
    static constexpr std::array all{Severity::Unknown, Severity::Info, Severity::Low,
                                    Severity::Medium, Severity::High, Severity::Critical};
    for (Severity s : all) {
        if (severityName(s) == text) {
            out = s;
            return true;
        }
    }
    return false;
}

} // namespace bulkhead
