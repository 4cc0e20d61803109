#include "registry/sourcecollection.h"

#include "analysis/posturethresholds.h"
#include "kube/clustercollector.h"
#include "registry/registrycollector.h"
#include "registry/sourcecredentials.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "vault/vaultcollector.h"

#include "i18n/pluralcount.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace bulkhead {

std::vector<CollectableSource> collectableSources(const std::string &storePath, const std::vector<std::string> &names,
                                                  std::string *error, bool *unknownName)
{
    std::vector<CollectableSource> out;
    auto from = [](const SourceRow &row) {
        return CollectableSource{row.name, row.kind, row.config, row.cluster, row.vault};
    };
    try {
        Database db = Database::open(storePath, Database::Access::ReadOnly);
        SourceRepository sources(db);
        if (names.empty()) {
            for (const SourceRow &row : sources.list()) {
                if (row.kind == "registry" || row.kind == "cluster" || row.kind == "vault")
                    out.push_back(from(row));
            }
            return out;
        }
        for (const std::string &name : names) {
            const auto row = sources.find(name);
            if (!row) {
                *error = "no source named \"" + name + "\"";
                if (unknownName)
                    *unknownName = true;
                return {};
            }
            out.push_back(from(*row));
        }
    } catch (const StoreError &e) {
        *error = e.what();
        return {};
    }
    return out;
}

std::vector<RegistrySourceConfig> sourcesToCollect(const std::string &storePath, const std::vector<std::string> &names,
                                                   std::string *error, bool *unknownName)
{
    std::vector<RegistrySourceConfig> out;
    for (CollectableSource &s : collectableSources(storePath, names, error, unknownName)) {
        if (s.kind == "registry") {
            out.push_back(std::move(s.registry));
        } else if (!names.empty()) {
            *error = "\"" + s.name + "\" is a " + s.kind + " source, not a registry";
            return {};
        }
    }
    return out;
}

CollectionResult collectSource(const std::string &storePath, RegistrySourceConfig source, const CancelToken *cancel,
                               const CollectionProgressCallback &progress, int concurrency)
{
    if (concurrency > 0)
        source.concurrency = concurrency;
    std::string credentialError;
    std::optional<RegistryCredentials> credentials = resolveSourceCredentials(source, &credentialError);
    // Record the failed run too: the Sources page shows why this source was not collected.
    if (!credentialError.empty()) {
        RegistryCollector failing(storePath, source, std::nullopt, PostureThresholds{});
        return failing.failBeforeCrawl("credentials for " + source.name + ": " + credentialError);
    }
    RegistryCollector collector(storePath, std::move(source), std::move(credentials), loadPostureThresholds());
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectClusterSource(const std::string &storePath, ClusterSourceConfig source, const CancelToken *cancel,
                                      const CollectionProgressCallback &progress, ExecCredentialProvider *exec)
{
    ClusterCollector collector(storePath, std::move(source), exec);
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectVaultSource(const std::string &storePath, VaultSourceConfig source, const CancelToken *cancel,
                                    const CollectionProgressCallback &progress)
{
    VaultCollector collector(storePath, std::move(source));
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectAnySource(const std::string &storePath, const CollectableSource &source, const CancelToken *cancel,
                                  const CollectionProgressCallback &progress, ExecCredentialProvider *exec,
                                  int concurrency)
{
    if (source.kind == "cluster")
        return collectClusterSource(storePath, source.cluster, cancel, progress, exec);
    if (source.kind == "vault")
        return collectVaultSource(storePath, source.vault, cancel, progress);
    return collectSource(storePath, source.registry, cancel, progress, concurrency);
}

namespace {

// The summaries are for people (the jobs view, bulkheadctl collect) and follow the installed
// translation (context "CollectionSummary"); each count is a phrase with its own plural forms,
// listed with ", " and "; " as before. English singulars come from bulkhead_core_en.ts.
QString status(CollectionStatus s)
{
    switch (s) {
    case CollectionStatus::Complete: return QCoreApplication::translate("CollectionSummary", "complete", "collection status");
    case CollectionStatus::Partial: return QCoreApplication::translate("CollectionSummary", "partial", "collection status");
    case CollectionStatus::Failed: return QCoreApplication::translate("CollectionSummary", "failed", "collection status");
    case CollectionStatus::Cancelled:
        return QCoreApplication::translate("CollectionSummary", "cancelled", "collection status");
    }
    return QCoreApplication::translate("CollectionSummary", "failed", "collection status");
}

// "complete: 4 repositories, 9 images ...; ... in 1.2 s"
QString summaryLine(CollectionStatus s, const QStringList &counts, const QStringList &notes, double seconds)
{
    QString line = QCoreApplication::translate("CollectionSummary", "%1: %2", "status: counts")
                       .arg(status(s), counts.join(QStringLiteral(", ")));
    for (const QString &note : notes)
        line += QStringLiteral("; ") + note;
    return QCoreApplication::translate("CollectionSummary", "%1 in %2 s", "summary and seconds")
        .arg(line, QString::number(seconds, 'f', 1));
}

// "1,204" under the C locale, as before translations; the user's locale otherwise (secrets come by
// the thousand).
QString grouped(std::int64_t n)
{
    if (QLocale().language() != QLocale::C)
        return QLocale().toString(static_cast<qlonglong>(n));
    std::string digits = std::to_string(n < 0 ? -n : n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return QString::fromStdString((n < 0 ? "-" : "") + digits);
}

// A vault count phrase: the translation picks the plural form by n; %1 is n grouped.
QString vaultCount(const char *source, std::int64_t n)
{
    const int count = i18n::pluralCount(n);
    return QCoreApplication::translate("CollectionSummary", source, nullptr, count).arg(grouped(n));
}

bool collected(const CollectionResult &r)
{
    return r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial;
}

// (The counts go to translate() as plain variables: lupdate stalls or loses the message on a
// function call in that argument.)
QString clusterSummaryText(const CollectionResult &r)
{
    const int requests = i18n::pluralCount(r.requests), findings = i18n::pluralCount(static_cast<std::int64_t>(r.postureFindings));
    const QStringList counts{
        QCoreApplication::translate("CollectionSummary", "%n resources", nullptr, r.resources),
        QCoreApplication::translate("CollectionSummary", "%n workloads", nullptr, r.workloads),
        QCoreApplication::translate("CollectionSummary", "%n namespaces", nullptr, r.namespaces),
        QCoreApplication::translate("CollectionSummary", "%n secrets (%1 overdue)", nullptr, r.secrets).arg(r.secretsOverdue),
        QCoreApplication::translate("CollectionSummary", "%n requests", nullptr, requests),
    };
    QStringList notes;
    if (collected(r))
        notes << QCoreApplication::translate("CollectionSummary", "%n findings (%1 new, %2 resolved)", nullptr, findings)
                     .arg(r.newFindings)
                     .arg(r.resolved);
    if (!r.notCollected.empty()) {
        QStringList resources;
        for (const std::string &what : r.notCollected)
            resources << QString::fromStdString(what);
        notes << QCoreApplication::translate("CollectionSummary", "not collected: %1").arg(resources.join(QStringLiteral(", ")));
    }
    return summaryLine(r.status, counts, notes, r.seconds);
}

QString vaultSummaryText(const CollectionResult &r)
{
    const QStringList counts{
        vaultCount(QT_TRANSLATE_N_NOOP("CollectionSummary", "%1 secrets"), r.secrets),
        vaultCount(QT_TRANSLATE_N_NOOP("CollectionSummary", "%1 overdue"),
                   r.secretsOverdue),
        vaultCount(QT_TRANSLATE_N_NOOP("CollectionSummary", "%1 requests"), r.requests),
    };
    QStringList notes;
    if (collected(r))
        notes << vaultCount(QT_TRANSLATE_N_NOOP("CollectionSummary", "%1 findings (%2 new, %3 resolved)"),
                            static_cast<std::int64_t>(r.postureFindings))
                     .arg(grouped(static_cast<std::int64_t>(r.newFindings)), grouped(static_cast<std::int64_t>(r.resolved)));
    if (!r.notCollected.empty())
        notes << vaultCount(QT_TRANSLATE_N_NOOP("CollectionSummary", "%1 paths not collected"),
                            static_cast<std::int64_t>(r.notCollected.size()));
    return summaryLine(r.status, counts, notes, r.seconds);
}

QString registrySummaryText(const CollectionResult &r)
{
    const int requests = i18n::pluralCount(r.requests), failures = i18n::pluralCount(static_cast<std::int64_t>(r.failures.size())),
              posture = i18n::pluralCount(static_cast<std::int64_t>(r.postureFindings));
    const QStringList counts{
        QCoreApplication::translate("CollectionSummary", "%n repositories", nullptr, r.repositories),
        QCoreApplication::translate("CollectionSummary", "%n images", nullptr, r.images),
        QCoreApplication::translate("CollectionSummary", "%n tags", nullptr, r.tags),
        QCoreApplication::translate("CollectionSummary", "%n requests", nullptr, requests),
        QCoreApplication::translate("CollectionSummary", "%n failures", nullptr, failures),
    };
    QStringList notes;
    if (collected(r)) {
        QString findings =
            QCoreApplication::translate("CollectionSummary", "%n posture findings (%1 new, %2 resolved)", nullptr, posture)
                .arg(r.newFindings)
                .arg(r.resolved);
        if (r.sbomsImported)
            findings = QCoreApplication::translate("CollectionSummary", "%1, %n SBOMs imported", nullptr, r.sbomsImported)
                           .arg(findings);
        notes << findings;
    }
    return summaryLine(r.status, counts, notes, r.seconds);
}

} // namespace

std::string clusterCollectionSummary(const CollectionResult &r)
{
    return clusterSummaryText(r).toStdString();
}

std::string vaultCollectionSummary(const CollectionResult &r)
{
    return vaultSummaryText(r).toStdString();
}

std::string collectionSummary(const CollectionResult &r, const std::string &kind)
{
    if (kind == "vault")
        return vaultCollectionSummary(r);
    return kind == "cluster" ? clusterCollectionSummary(r) : collectionSummary(r);
}

std::string collectionSummary(const CollectionResult &r)
{
    return registrySummaryText(r).toStdString();
}

} // namespace bulkhead
