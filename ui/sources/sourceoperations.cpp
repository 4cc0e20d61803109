#include "sources/sourceoperations.h"

#include "credentials/dockerconfigcredentials.h"
#include "credentials/keyringsecretstore.h"
#include "registry/registryclient.h"
#include "net/canceltoken.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace bulkhead::ui::sourceops {

namespace {

constexpr int kCatalogPageSize = 100;
constexpr std::chrono::seconds kCatalogDeadline{10};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template <typename Config>
QString writeConfig(const QString &storePath, const Config &config, bool update)
{
    try {
        Database db = Database::open(storePath.toStdString());
        SourceRepository sources(db);
        if (update)
            sources.update(config);
        else
            sources.add(config);
    } catch (const StoreError &e) {
        return q(e.what());
    }
    return {};
}

} // namespace

QString writeSource(const QString &storePath, const RegistrySourceConfig &config, bool update)
{
    return writeConfig(storePath, config, update);
}

QString writeSource(const QString &storePath, const ClusterSourceConfig &config, bool update)
{
    return writeConfig(storePath, config, update);
}

QString writeSource(const QString &storePath, const VaultSourceConfig &config, bool update)
{
    return writeConfig(storePath, config, update);
}

QString keyringProblem()
{
    std::string why;
    KeyringSecretStore keyring;
    return keyring.available(&why) ? QString() : q(why);
}

QString save(const QString &storePath, const RegistrySourceConfig &config, const QString &password, bool update)
{
    KeyringSecretStore keyring;
    const std::string key = SecretStore::registryKey(config.name);
    const bool writeSecret = config.auth == RegistryAuthKind::Basic && !password.isEmpty();
    if (writeSecret) {
        const SecretResult written = keyring.write(key, password.toStdString());
        if (!written.ok)
            return QCoreApplication::translate("sourceops", "The password could not be stored in the keyring, so the source was not saved: %1")
                .arg(q(written.error));
    }
    if (const QString error = writeSource(storePath, config, update); !error.isEmpty()) {
        if (writeSecret && !update)
            keyring.remove(key); // no source, no secret of it left behind
        return error;
    }
    // A source that no longer uses a password keeps none.
    if (update && config.auth != RegistryAuthKind::Basic)
        keyring.remove(key);
    return {};
}

QString remove(const QString &storePath, const QString &name)
{
    try {
        Database db = Database::open(storePath.toStdString());
        if (!SourceRepository(db).remove(name.toStdString()))
            return QCoreApplication::translate("sourceops", "There is no source named %1.").arg(name);
    } catch (const StoreError &e) {
        return q(e.what());
    }
    KeyringSecretStore().remove(SecretStore::registryKey(name.toStdString()));
    return {};
}

SourceList list(const QString &storePath)
{
    SourceList out;
    try {
        Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
        out.sources = SourceRepository(db).list();
    } catch (const StoreError &e) {
        out.error = q(e.what());
    }
    return out;
}

ConnectionTest testConnection(const RegistrySourceConfig &config, const QString &password)
{
    ConnectionTest out;
    HttpSourceOptions options;
    options.caFile = config.caFile;
    options.insecure = config.insecure;
    // A test is interactive: give up sooner than a collection would.
    options.connectTimeout = std::chrono::seconds(10);
    options.totalTimeout = std::chrono::seconds(20);
    options.maxRetries = 0;
    std::optional<RegistryCredentials> credentials;
    if (config.auth == RegistryAuthKind::Basic) {
        // The password as typed, not the keyring's: the user is testing what they are about to save.
        credentials = RegistryCredentials{config.username, password.toStdString()};
    } else if (config.auth == RegistryAuthKind::DockerConfig) {
        const CredentialResult found = DockerConfigCredentials().lookup(config.registryHost());
        if (!found.ok()) {
            out.error = q(found.error);
            return out;
        }
        credentials = found.credentials;
    }
    RegistryClient client(config.url, options, credentials);
    out.error = q(client.ping());
    if (!out.error.isEmpty())
        return out;

    // RegistryClient::catalog follows every Link page; a registry with a huge catalog must not
    // keep the dialog waiting, so the listing is cancelled at a deadline and what arrived by then
    // is reported as a lower bound.
    CancelToken cancel;
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread deadline([&] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, kCatalogDeadline, [&] { return done; }))
            cancel.cancel();
    });
    const RegistryClient::Catalog catalog = client.catalog(kCatalogPageSize, &cancel);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_one();
    deadline.join();
    if (catalog.ok()) {
        out.repositories = int(catalog.repositories.size());
    } else if (cancel.isCancelled() && !catalog.repositories.empty()) {
        out.repositories = int(catalog.repositories.size());
        out.catalogCut = true;
    } else {
        out.catalogError = q(catalog.error);
    }
    return out;
}

} // namespace bulkhead::ui::sourceops
