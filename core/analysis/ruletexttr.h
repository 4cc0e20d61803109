#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace bulkhead {

// Bulkhead's own rules (image, workload, RBAC and secret checks) keep their title and description in
// English in the store: a store is shared by people reading different languages, and the texts are
// compared when rules are upserted. The rule tables mark those texts with
// QT_TRANSLATE_NOOP("RuleText", ...), and the views and the PDF report translate them when they show
// them. Scanner rules (CVE titles, SARIF rule texts) have no entry and come back unchanged.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)

public:
    static QString translated(const std::string &storedText)
    {
        if (storedText.empty())
            return {};
        return QCoreApplication::translate("RuleText", storedText.c_str());
    }
};

} // namespace bulkhead
