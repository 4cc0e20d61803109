#include "controls/measurestatus.h"

namespace bulkhead {

namespace {

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// "a, b, c" or "a, b, c and 9 more" when there are more failing items than examples.
std::string examplesText(const EvidenceMeasure &m)
{
    std::string out;
    for (const std::string &e : m.examples)
        out += (out.empty() ? "" : ", ") + e;
    const auto shown = static_cast<std::int64_t>(m.examples.size());
    if (!out.empty() && m.failing > shown)
        out += " and " + std::to_string(m.failing - shown) + " more";
    return out;
}

} // namespace

ControlStatus measureStatus(const EvidenceMeasure &m)
{
    if (!m.assessed)
        return ControlStatus::NotAssessed;
    if (m.failing <= 0)
        return ControlStatus::Pass;
    if (m.severityBased)
        return m.worst >= Severity::High ? ControlStatus::Fail : ControlStatus::Partial;
    return m.failing * 100 <= m.checked * m.partialPercent ? ControlStatus::Partial : ControlStatus::Fail;
}

std::string measureSentence(const EvidenceMeasure &m)
{
    if (!m.assessed) {
        const std::string reason = m.notAssessedReason.empty() ? "nothing collected speaks to it" : m.notAssessedReason;
        return capitalized(m.label.empty() ? reason : m.label + ": " + reason) + ", so not assessed.";
    }
    if (m.noun.empty())
        return m.detail.empty() ? capitalized(m.label) + '.' : m.detail;
    const std::string failingAs = m.failingAs.empty() ? "failing" : m.failingAs;
    std::string s;
    if (m.checked > 0)
        s = std::to_string(m.failing) + " of " + std::to_string(m.checked) + ' ' + m.noun + ' ' + failingAs;
    else if (m.failing > 0)
        s = std::to_string(m.failing) + ' ' + m.noun + ' ' + failingAs;
    else
        s = "No " + m.noun + ' ' + failingAs;
    if (m.severityBased && m.failing > 0 && m.worst != Severity::Unknown)
        s += ", worst " + std::string(severityName(m.worst));
    if (m.failing > 0) {
        if (const std::string examples = examplesText(m); !examples.empty())
            s += ": " + examples;
    }
    s += '.';
    if (!m.detail.empty())
        s += ' ' + m.detail;
    return s;
}

} // namespace bulkhead
