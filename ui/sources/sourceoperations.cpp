#include "sources/sourceoperations.h"

#include "credentials/keyringsecretstore.h"
#include "credentials/registrycredentialresolver.h"
#include "registry/registryclient.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace bulkhead::ui::sourceops {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString keyringProblem()
{
    std::string why;
    KeyringSecretStore keyring;
    return keyring.available(&why) ? QString() : q(why);
}

QString save(const QString &storePath, const RegistrySourceConfig &config, const QString &password, bool update)
{
    KeyringSecretStore keyring;
    const std::string key = registrySecretKey(config.name);
    const bool writeSecret = config.auth == RegistryAuthKind::Basic && !password.isEmpty();
    if (writeSecret) {
        const SecretResult written = keyring.write(key, password.toStdString());
        if (!written.ok)
            return QCoreApplication::translate("sourceops", "The password could not be stored in the keyring, so the source was not saved: %1")
                .arg(q(written.error));
    }
    try {
        Database db = Database::open(storePath.toStdString());
        SourceRepository sources(db);
        if (update)
            sources.update(config);
        else
            sources.add(config);
    } catch (const StoreError &e) {
        if (writeSecret && !update)
            keyring.remove(key); // no source, no secret of it left behind
        return q(e.what());
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
    KeyringSecretStore().remove(registrySecretKey(name.toStdString()));
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

QString testConnection(const RegistrySourceConfig &config, const QString &password)
{
    HttpSourceOptions options;
    options.caFile = config.caFile;
    options.insecure = config.insecure;
    // A test is interactive: give up sooner than a collection would.
    options.connectTimeout = std::chrono::seconds(10);
    options.totalTimeout = std::chrono::seconds(20);
    options.maxRetries = 0;
    std::optional<RegistryCredentials> credentials;
    if (config.auth == RegistryAuthKind::Basic) {
        credentials = RegistryCredentials{config.username, password.toStdString()};
    } else if (config.auth == RegistryAuthKind::DockerConfig) {
        std::string error;
        credentials = RegistryCredentialResolver().resolve(config, &error);
        if (!credentials)
            return q(error);
    }
    RegistryClient client(config.url, options, credentials);
    return q(client.ping());
}

} // namespace bulkhead::ui::sourceops
