#include "gate/gateoutput.h"

#include "gate/gatetext.h"
#include "i18n/pluralcount.h"
#include "report/sarifbuilder.h"
#include "util/timestamps.h"

#include <QString>
#include <QXmlStreamWriter>

#include <nlohmann/json.hpp>

#include <sstream>

namespace bulkhead {

namespace {

using nlohmann::ordered_json;

QString moreLine(const GateRuleResult &r)
{
    const std::int64_t more = r.violating - static_cast<std::int64_t>(r.evidence.size());
    return more > 0 && r.type != GateRuleType::MinPostureScore
        ? GateText::tr("... and %n more", "evidence lines not shown", i18n::pluralCount(more))
        : QString();
}

QString noteLine(const std::string &note)
{
    return GateText::tr("Note: %1").arg(QString::fromStdString(note));
}

// The message, then the evidence lines and "... and N more": the failure text of JUnit and SARIF.
std::string fullText(const GateRuleResult &r)
{
    std::string text = r.message;
    if (!r.evidence.empty())
        text += ":";
    for (const std::string &e : r.evidence)
        text += "\n  " + e;
    if (const QString more = moreLine(r); !more.isEmpty())
        text += "\n  " + gateStr(more);
    for (const std::string &n : r.notes)
        text += "\n" + gateStr(noteLine(n));
    return text;
}

// "Gate release: FAILED, 2 of 3 rules violated (scope: Whole store)"; the verdict word stays English
// for scripts that grep it.
QString summaryLine(const GateResult &result)
{
    const int violated = result.violatedRules();
    return GateText::tr("Gate %1: %2, %3 of %n rules violated (scope: %4)", "policy, PASSED/FAILED, count, scope",
                        i18n::pluralCount(std::int64_t(result.rules.size())))
        .arg(QString::fromStdString(result.policyName), violated ? QStringLiteral("FAILED") : QStringLiteral("PASSED"),
             QString::number(violated), QString::fromStdString(result.scope));
}

std::string ruleName(const GateRuleResult &r)
{
    return r.id == gateRuleTypeName(r.type) ? r.id : r.id + " (" + std::string(gateRuleTypeName(r.type)) + ")";
}

} // namespace

std::string gateText(const GateResult &result)
{
    std::string out;
    for (const GateRuleResult &r : result.rules) {
        if (r.passed)
            continue;
        out += "FAIL " + ruleName(r) + ": " + r.message + "\n";
        if (!r.description.empty())
            out += "     " + r.description + "\n";
        for (const std::string &e : r.evidence)
            out += "     - " + e + "\n";
        if (const QString more = moreLine(r); !more.isEmpty())
            out += "     " + gateStr(more) + "\n";
        for (const std::string &n : r.notes)
            out += "     " + gateStr(noteLine(n)) + "\n";
    }
    for (const GateRuleResult &r : result.rules) {
        if (!r.passed)
            continue;
        out += "pass " + ruleName(r) + ": " + r.message + "\n";
        for (const std::string &n : r.notes)
            out += "     " + gateStr(noteLine(n)) + "\n";
    }
    return out + gateStr(summaryLine(result)) + "\n";
}

std::string gateJson(const GateResult &result)
{
    ordered_json j;
    j["policy"] = result.policyName;
    j["scope"] = result.scope;
    j["at"] = isoTimestamp(result.at);
    j["passed"] = result.passed();
    ordered_json rules = ordered_json::array();
    for (const GateRuleResult &r : result.rules) {
        rules.push_back({{"id", r.id},
                         {"type", std::string(gateRuleTypeName(r.type))},
                         {"passed", r.passed},
                         {"violating", r.violating},
                         {"message", r.message},
                         {"description", r.description},
                         {"evidence", r.evidence},
                         {"notes", r.notes}});
    }
    j["rules"] = std::move(rules);
    j["summary"] = {{"rules", result.rules.size()}, {"violated", result.violatedRules()}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string gateJunit(const GateResult &result)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("bulkhead gate"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(result.rules.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(result.violatedRules()));
    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), QString::fromStdString("bulkhead gate: " + result.policyName));
    w.writeAttribute(QStringLiteral("tests"), QString::number(result.rules.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(result.violatedRules()));
    w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("timestamp"), QString::fromStdString(isoTimestamp(result.at)));
    w.writeStartElement(QStringLiteral("properties"));
    w.writeStartElement(QStringLiteral("property"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("scope"));
    w.writeAttribute(QStringLiteral("value"), QString::fromStdString(result.scope));
    w.writeEndElement();
    w.writeEndElement();
    for (const GateRuleResult &r : result.rules) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("name"), QString::fromStdString(r.id));
        w.writeAttribute(QStringLiteral("classname"),
                         QString::fromStdString("bulkhead.gate." + std::string(gateRuleTypeName(r.type))));
        if (!r.passed) {
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("message"), QString::fromStdString(r.message));
            w.writeAttribute(QStringLiteral("type"), QString::fromStdString(std::string(gateRuleTypeName(r.type))));
            w.writeCharacters(QString::fromStdString(fullText(r)));
            w.writeEndElement();
        } else if (!r.notes.empty()) {
            std::string text = r.message;
            for (const std::string &n : r.notes)
                text += "\n" + gateStr(noteLine(n));
            w.writeTextElement(QStringLiteral("system-out"), QString::fromStdString(text));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml.toStdString();
}

std::string gateSarif(const GateResult &result)
{
    std::ostringstream out;
    SarifBuilder sarif(out);
    SarifTool tool;
    tool.name = "bulkhead-gate";
    tool.version = BULKHEAD_VERSION;
    // Uploads of different policies and scopes are told apart by code-scanning dashboards.
    tool.automationId = "bulkhead-gate/" + result.policyName + "/" + result.scope;
    sarif.beginRun(tool);
    for (const GateRuleResult &r : result.rules) {
        SarifRule rule;
        rule.id = r.id;
        rule.name = std::string(gateRuleTypeName(r.type));
        rule.shortDescription = r.description.empty() ? rule.name : r.description;
        rule.defaultLevel = "error";
        rule.tags = {"policy-gate"};
        sarif.addRule(rule);
    }
    for (const GateRuleResult &r : result.rules) {
        if (r.passed)
            continue;
        SarifResult res;
        res.ruleId = r.id;
        res.level = "error";
        res.message = fullText(r);
        // The gate judges the store, not a file: the result's location is the policy's rule.
        res.logicalName = r.id;
        res.logicalFullyQualifiedName = result.policyName + "/" + r.id;
        res.logicalKind = "policyRule";
        res.properties = {{"violating", std::to_string(r.violating)}, {"scope", result.scope}};
        sarif.addResult(res);
    }
    sarif.endRun();
    sarif.finish();
    return out.str() + "\n";
}

std::string gateSummaryJson(const GateResult &result)
{
    ordered_json j = ordered_json::object();
    for (const GateRuleResult &r : result.rules) {
        if (!r.passed)
            j[r.id] = r.violating;
    }
    return j.dump();
}

} // namespace bulkhead
