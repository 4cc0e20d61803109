#include "secrets/secretevaluation.h"
#include "analysis/ruletexttr.h"

#include "store/database.h"
#include "store/importwriter.h"
#include "store/secretrepository.h"
#include "store/storeerror.h"
#include "util/timestamps.h"

#include <QCryptographicHash>

#include <algorithm>
#include <set>
#include <unordered_set>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::size_t kNamedWorkloads = 5; // the env finding names this many, then "and N more"

std::string date(std::int64_t unixSeconds)
{
    return isoTimestamp(unixSeconds).substr(0, 10);
}

std::string daysText(std::int64_t days)
{
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

bool isServiceAccountToken(const SecretRecord &s)
{
    return s.store == SecretStoreKind::Kubernetes && s.type == "kubernetes.io/service-account-token";
}

// "managedFields: cert-manager" when the detail says more than the source's name.
std::string signal(const SecretRecord &s)
{
    return s.ageDetail.empty() ? std::string(ageSourceName(s.ageSource)) : s.ageDetail;
}

std::string overdueMessage(const SecretRecord &s, const AssetRef &asset, const SecretPolicyDecision &decision,
                           std::int64_t due, std::int64_t now)
{
    std::string m = asset.name;
    if (s.ageSource == AgeSource::CreationOnly)
        m += " was created " + date(s.lastChangeAt) + " and shows no later change (its last change was on or after "
            + date(s.lastChangeAt) + ", " + daysText((now - s.lastChangeAt) / kDay) + " ago at most)";
    else
        m += " was last changed " + date(s.lastChangeAt) + " (" + signal(s) + "), "
            + daysText((now - s.lastChangeAt) / kDay) + " ago";
    m += "; rotation policy " + daysText(decision.days) + " (" + decision.reason + "): due " + date(due);
    if (const std::int64_t late = (now - due) / kDay; late > 0)
        m += ", " + daysText(late) + " overdue";
    return m;
}

// Workloads that read the secret through env/envFrom, "Deployment/web", sorted, each once.
std::vector<std::string> envWorkloads(const SecretRecord &s)
{
    std::set<std::string> names;
    for (const SecretUse &u : s.uses) {
        if (isEnvUse(u))
            names.insert(u.workloadKind + '/' + u.workloadName);
    }
    return {names.begin(), names.end()};
}

std::string envMessage(const AssetRef &asset, const std::vector<std::string> &workloads)
{
    std::string m = asset.name + " is passed to " + (workloads.size() == 1 ? "1 workload" : std::to_string(workloads.size()) + " workloads")
        + " as environment variables (env/envFrom): ";
    for (std::size_t i = 0; i < workloads.size() && i < kNamedWorkloads; ++i)
        m += (i ? ", " : "") + workloads[i];
    if (workloads.size() > kNamedWorkloads)
        m += " and " + std::to_string(workloads.size() - kNamedWorkloads) + " more";
    return m + "; mount it as a volume instead (environments leak into logs, crash dumps and child processes)";
}

// Does a stored secrets asset belong to the judged store/origin ("" = any)?
bool inScope(AssetKind kind, const std::string &identity, const std::string &cluster, const std::string &store,
             const std::string &origin)
{
    const bool kube = kind == AssetKind::KubernetesResource;
    if (!store.empty()) {
        if (kube != (store == secretStoreKindName(SecretStoreKind::Kubernetes)))
            return false;
        if (!kube && identity.rfind(store + ':', 0) != 0)
            return false;
    }
    if (origin.empty())
        return true;
    if (kube)
        return cluster == origin;
    const auto colon = identity.find(':');
    return colon != std::string::npos && identity.compare(colon + 1, origin.size() + 1, origin + '/') == 0;
}

// Assets the secrets tool judged before, with open findings, that this evaluation did not judge
// (their secret is gone): an empty complete scope resolves their findings.
std::vector<AssetRef> goneAssets(const Database &db, const std::unordered_set<std::string> &judged,
                                 const std::string &store, const std::string &origin)
{
    std::vector<AssetRef> out;
    auto st = db.prepare(
        "SELECT a.kind, a.identity, a.name, coalesce(a.namespace, ''), coalesce(a.cluster, '') FROM assets a "
        "WHERE EXISTS (SELECT 1 FROM asset_scans s JOIN tools t ON t.id = s.tool_id "
        "              WHERE s.asset_id = a.id AND t.name = ?1) "
        "AND EXISTS (SELECT 1 FROM findings f WHERE f.asset_id = a.id AND f.resolved_at IS NULL)");
    const std::string tool = secretrule::kTool; // bound by reference: it must outlive the query
    st.bindText(1, tool);
    while (st.step()) {
        AssetRef a;
        a.kind = static_cast<AssetKind>(st.int64(0));
        a.identity = st.text(1);
        if (judged.count(a.identity) || !inScope(a.kind, a.identity, st.text(4), store, origin))
            continue;
        a.name = st.text(2);
        a.nameSpace = st.text(3);
        a.cluster = st.text(4);
        out.push_back(std::move(a));
    }
    return out;
}

SecretEvaluationSummary evaluate(Database &db, ImportWriter &writer, const SecretPolicy &policy, std::int64_t now,
                                 const std::string &store, const std::string &origin)
{
    SecretEvaluationSummary summary;
    ParsedFile file;
    file.path = "secrets:" + (store.empty() ? std::string("all") : store + (origin.empty() ? "" : '/' + origin));
    // Every evaluation is its own report (reports are unique by content hash): the next report id
    // makes two evaluations at the same second two reports.
    const std::string seed = std::string(secretrule::kTool) + '\n' + store + '\n' + origin + '\n' + std::to_string(now)
        + '\n' + std::to_string(db.scalar("SELECT coalesce(max(id), 0) + 1 FROM reports"));
    file.contentHash = QCryptographicHash::hash(QByteArray::fromStdString(seed), QCryptographicHash::Sha256)
                           .toHex().left(32).toStdString();
    ParsedReport &report = file.report.emplace();
    report.format = ReportFormat::SecretEvaluation;
    report.tool = secretrule::kTool;
    report.toolVersion = BULKHEAD_VERSION;
    report.scannedAt = now;
    report.rules = secretRules();

    auto addFinding = [&](std::uint32_t asset, const char *rule, Severity severity, std::string location,
                          std::string message) {
        ParsedFinding f;
        f.asset = asset;
        f.kind = FindingKind::Misconfiguration;
        f.ruleKey = rule;
        f.severity = severity;
        f.location = std::move(location);
        f.message = std::move(message);
        report.findings.push_back(std::move(f));
    };

    std::vector<SecretEvaluation> evaluations;
    std::unordered_set<std::string> judged;
    SecretRepository repo(db);
    repo.forEach(store, origin, [&](std::int64_t id, const SecretRecord &s) {
        const SecretPolicyDecision decision = decideSecretPolicy(policy, s);
        const std::optional<std::int64_t> due = secretDueAt(s, decision);
        evaluations.push_back({id, decision.days, decision.reason, due});
        ++summary.secrets;

        AssetRef asset = secretAsset(s);
        judged.insert(asset.identity);
        const std::size_t before = report.assets.size();
        const std::uint32_t index = report.addAsset(asset);
        // One scope per new asset: addScope searches every scope, and a store has 100,000s.
        if (report.assets.size() > before)
            report.scopes.push_back({index, FindingKind::Misconfiguration});

        const bool token = isServiceAccountToken(s);
        if (due && *due <= now) {
            ++summary.overdue;
            // Twice the interval late, or a token no age is acceptable for: High.
            const bool high = (now - *due) > 2 * std::int64_t(decision.days) * kDay || (token && decision.days == 0);
            // The last change is part of the location: a newer change observed closes this finding
            // (absent from the next report) and, if that one is overdue too, opens its own.
            addFinding(index, secretrule::kRotationOverdue, high ? Severity::High : Severity::Medium,
                       "last-change/" + isoTimestamp(s.lastChangeAt), overdueMessage(s, asset, decision, *due, now));
        }
        if (token) {
            ++summary.serviceAccountTokens;
            addFinding(index, secretrule::kLongLivedToken, Severity::High, "type/" + s.type,
                       asset.name + " is a legacy service-account token secret"
                           + (s.serviceAccount.empty() ? std::string() : " of service account " + s.serviceAccount)
                           + ": its token never expires; use short-lived projected tokens (TokenRequest) and delete "
                             "the secret");
        }
        if (s.store == SecretStoreKind::Kubernetes) {
            const std::vector<std::string> env = envWorkloads(s);
            if (!env.empty()) {
                ++summary.viaEnv;
                addFinding(index, secretrule::kInEnv, Severity::Low, "env", envMessage(asset, env));
            }
        }
    });
    repo.setEvaluations(evaluations);
    for (const AssetRef &gone : goneAssets(db, judged, store, origin)) {
        const std::size_t before = report.assets.size();
        const std::uint32_t index = report.addAsset(gone);
        if (report.assets.size() > before)
            report.scopes.push_back({index, FindingKind::Misconfiguration});
    }
    computeFingerprints(report);
    const ImportSummary written = writer.write(file, now);
    summary.findings = written.findings;
    summary.newFindings = written.newFindings;
    summary.resolved = written.resolved;
    summary.reopened = written.reopened;
    return summary;
}

} // namespace

const std::vector<RuleInfo> &secretRules()
{
    static const std::vector<RuleInfo> rules = [] {
        auto rule = [](const char *key, const char *title, const char *description, const char *references) {
            RuleInfo r;
            r.kind = FindingKind::Misconfiguration;
            r.key = key;
            r.hasMetadata = true;
            r.title = title;
            r.description = description;
            r.references = references;
            return r;
        };
        return std::vector<RuleInfo>{
            rule(secretrule::kRotationOverdue, QT_TRANSLATE_NOOP("RuleText", "Secret not rotated within its rotation interval"),
                 QT_TRANSLATE_NOOP("RuleText", "The secret's last observed change is older than the rotation interval its policy sets (a rule, an "
                 "interval declared on the secret, or the default). A credential that lives long gives a leak a long "
                 "time to be used. The age comes from the best signal available (Vault version history, the "
                 "inventory, a rotation annotation, the managedFields entry that last wrote the data, or only the "
                 "creation time, which bounds the last change from below). Rotate the secret; the finding closes "
                 "when a newer change is observed."),
                 "https://kubernetes.io/docs/concepts/security/secrets-good-practices/\n"
                 "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2"),
            rule(secretrule::kLongLivedToken, QT_TRANSLATE_NOOP("RuleText", "Long-lived service-account token secret"),
                 QT_TRANSLATE_NOOP("RuleText", "A Secret of type kubernetes.io/service-account-token holds a token that never expires and stays "
                 "valid until the Secret is deleted. Workloads get short-lived, audience-bound tokens through the "
                 "TokenRequest API (projected volumes) without such a Secret. Delete the Secret, or where a "
                 "long-lived token is truly needed, record why and rotate it."),
                 "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets\n"
                 "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/"),
            rule(secretrule::kInEnv, QT_TRANSLATE_NOOP("RuleText", "Secret exposed through environment variables"),
                 QT_TRANSLATE_NOOP("RuleText", "Workloads read this Secret through env (secretKeyRef) or envFrom. Environment variables are copied "
                 "into child processes, show up in crash dumps, debug endpoints and logs, and do not change while "
                 "the container runs, so a rotation needs a restart. Mount the Secret as a volume instead."),
                 "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"),
        };
    }();
    return rules;
}

SecretEvaluationSummary evaluateSecrets(Database &db, ImportWriter &writer, const SecretPolicy &policy,
                                        std::int64_t now, const std::string &store, const std::string &origin)
{
    return evaluate(db, writer, policy, now, store, origin);
}

SecretEvaluationSummary evaluateSecrets(Database &db, const SecretPolicy &policy, std::int64_t now,
                                        const std::string &store, const std::string &origin)
{
    ImportWriter writer(db);
    if (!sqlite3_get_autocommit(db.handle())) // the caller's transaction: the report is a savepoint in it
        return evaluate(db, writer, policy, now, store, origin);
    writer.beginBatch();
    try {
        const SecretEvaluationSummary summary = evaluate(db, writer, policy, now, store, origin);
        writer.commitBatch();
        return summary;
    } catch (...) {
        if (writer.inBatch())
            writer.rollbackBatch();
        throw;
    }
}

} // namespace bulkhead
