// Secrets as evidence (SEC-3): rotation due dates from the last evaluation (secrets.due_at, as the
// Secrets view's "overdue" filter reads them) and legacy service-account token secrets. A cluster
// whose secrets list failed is left out and named.
#include "secrets/secretrecord.h"
#include "store/evidencegather.h"

namespace bulkhead::evidence {

namespace {

constexpr const char *kTokenType = "kubernetes.io/service-account-token";

// Secrets of every store but the clusters gapped for SEC-3.
std::string secretsWhere(const Context &c)
{
    std::string gapped;
    if (const auto it = c.clusters.gaps.find("SEC-3"); it != c.clusters.gaps.end()) {
        for (const CoverageGap &g : it->second)
            gapped += (gapped.empty() ? "" : ",") + std::to_string(g.sourceId);
    }
    return gapped.empty() ? std::string(" WHERE 1") : " WHERE (source_id IS NULL OR source_id NOT IN (" + gapped + "))";
}

std::string secretLabel(const std::string &store, const std::string &origin, const std::string &location,
                        const std::string &name)
{
    return store + " " + origin + ": " + (location.empty() ? "" : location + "/") + name;
}

void rotation(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("SEC-3", "secrets-rotated", str(EvidenceText::tr("secrets rotated within their policy")),
                                    "secrets", "overdue for rotation");
    m.link = {"secrets", "overdue=1"};
    const std::string where = secretsWhere(c);
    const std::int64_t all = c.db.scalar("SELECT count(*) FROM secrets" + where);
    if (all == 0) {
        const auto gapped = c.clusters.gaps.find("SEC-3");
        setNotAssessed(m, gapped != c.clusters.gaps.end()
                              ? c.clusters.missingReason("SEC-3")
                              : str(EvidenceText::tr("no secret store collected or inventory imported")));
        out.push_back(std::move(m));
        return;
    }
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(due_at <= ?1), 0), "
                                      "coalesce(sum(due_at IS NULL), 0) FROM secrets"
                                      + where + " AND policy_days IS NOT NULL");
    st.bind(1, c.now);
    std::int64_t unknownAge = 0;
    if (st.step()) {
        m.checked = st.int64(0);
        m.failing = st.int64(1);
        unknownAge = st.int64(2);
    }
    if (emptyPopulation(m,
                        str(EvidenceText::tr("the %n secrets were not evaluated against the rotation policy yet",
                                             nullptr, static_cast<int>(all))),
                        out))
        return;
    SqliteStatement ex = c.db.prepare("SELECT store, origin, location, name FROM secrets" + where
                                      + " AND policy_days IS NOT NULL AND due_at <= ?1 "
                                        "ORDER BY due_at, origin, location, name LIMIT 5");
    ex.bind(1, c.now);
    while (ex.step())
        m.examples.push_back(secretLabel(secretStoreKindName(static_cast<SecretStoreKind>(ex.int64(0))), ex.text(1),
                                         ex.text(2), ex.text(3)));
    if (unknownAge > 0)
        m.detail = str(EvidenceText::tr("%n of them have no known change time, so no due date.", nullptr,
                                        static_cast<int>(unknownAge)));
    out.push_back(std::move(m));
}

// Long-lived service-account token secrets: short-lived projected tokens replace them.
void legacyTokens(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("SEC-3", "no-legacy-tokens",
                                    str(EvidenceText::tr("Kubernetes secrets that are not long-lived service-account tokens")),
                                    "Kubernetes secrets", "legacy service-account tokens");
    m.link = {"secrets", ""};
    const std::string where = secretsWhere(c) + " AND store = " + std::to_string(int(SecretStoreKind::Kubernetes));
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(type = ?1), 0) FROM secrets" + where);
    st.bind(1, std::string_view(kTokenType));
    readCounts(st, m);
    // Only clusters hold these: without any there is nothing to say (a cluster whose secrets were not
    // listed is named by its coverage gap), and the rotation measure speaks for the other stores.
    if (m.checked == 0)
        return;
    m.assessed = true;
    SqliteStatement ex = c.db.prepare("SELECT origin, location, name FROM secrets" + where
                                      + " AND type = ?1 ORDER BY origin, location, name LIMIT 5");
    ex.bind(1, std::string_view(kTokenType));
    while (ex.step())
        m.examples.push_back(secretLabel("kubernetes", ex.text(0), ex.text(1), ex.text(2)));
    out.push_back(std::move(m));
}

} // namespace

void gatherSecrets(const Context &c, std::vector<EvidenceMeasure> &out)
{
    rotation(c, out);
    legacyTokens(c, out);
}

} // namespace bulkhead::evidence
