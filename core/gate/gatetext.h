#pragma once

#include "model/severity.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace bulkhead {

// The gate's messages, notes and evidence lines for people, in the installed translation (context
// "GateText"): `bulkheadctl gate` prints them, and its JSON, JUnit and SARIF carry them as their
// message fields. Rule ids and types, policy names, scopes and the FAIL/pass/PASSED/FAILED verdict
// words stay as they are: scripts and CI dashboards key on them. Where a function returns std::string,
// its texts go through QCoreApplication::translate("GateText", ...) directly (lupdate loses the class
// there).
class GateText
{
    Q_DECLARE_TR_FUNCTIONS(GateText)

public:
    // "critical", "high", ... as the messages use them.
    static QString severity(Severity s)
    {
        switch (s) {
        case Severity::Critical: return tr("critical", "severity");
        case Severity::High: return tr("high", "severity");
        case Severity::Medium: return tr("medium", "severity");
        case Severity::Low: return tr("low", "severity");
        case Severity::Info: return tr("info", "severity");
        case Severity::Unknown: break;
        }
        return tr("unknown", "severity");
    }
};

inline std::string gateStr(const QString &text)
{
    return text.toStdString();
}

} // namespace bulkhead
