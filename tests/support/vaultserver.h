#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bulkhead::test {

class TestCerts;

// One KV v2 entry served by VaultServer (metadata only matters to clients; `value` is planted
// data that /v1/MOUNT/data/PATH would return, so a test can prove the client never asks).
struct VaultEntry {
    QString path;                 // under the mount: "team-a/db"
    qint64 createdTime = 0;       // unix seconds of version 1
    QList<qint64> versionTimes;   // created_time of versions 1..n (n >= 1); updated_time = the last
    QList<int> deletedVersions;   // versions with a deletion_time (soft-deleted)
    QList<int> destroyedVersions;
    QJsonObject customMetadata;   // e.g. {"rotation_days": "30", "owner": "team-a"}
    QString value;                // planted secret value
};

// Sizes of a generated tree (VaultServer::generate).
struct GeneratedVaultTree {
    int secrets = 1000;
    int fanout = 20;   // entries per folder before a new folder level
    unsigned seed = 1;
    qint64 now = 0;    // versions are spread over the 2 years before `now`
};

// A Vault / OpenBao server for tests on TestHttpServer (TLS with TestCerts, or plain http),
// following the real KV v2 API and protocol rules: X-Vault-Token auth (403 {"errors":["permission
// denied"]} for a missing or unknown token), LIST /v1/MOUNT/metadata/PATH (method LIST or GET with
// ?list=true; 404 {"errors":[]} for an empty or unknown folder; keys sorted, folders end in '/'),
// GET /v1/MOUNT/metadata/PATH (the shapes of ../shared/fixtures/vault/*.json with the envelope a
// live server adds: request_id, lease_id, renewable, lease_duration, data, wrap_info, warnings,
// auth), GET /v1/MOUNT/data/PATH (values: recorded so tests can assert it is never requested),
// X-Vault-Namespace honoured when set, 403 on forbidden path prefixes, optional delay. Every
// request is recorded.
class VaultServer
{
public:
    explicit VaultServer(const TestCerts &certs); // TLS with certs.serverCert()
    VaultServer();                                // plain http
    ~VaultServer();
    VaultServer(const VaultServer &) = delete;
    VaultServer &operator=(const VaultServer &) = delete;

    bool start();
    QString url() const; // "https://127.0.0.1:<port>"

    void addToken(const QString &token);
    void setNamespace(const QString &ns);            // requests must carry X-Vault-Namespace: ns
    void addEntry(const QString &mount, const VaultEntry &entry);
    void generate(const QString &mount, const GeneratedVaultTree &spec);
    void forbid(const QString &mount, const QString &pathPrefix); // LIST and reads under it: 403
    void setDelayMs(int delayMs);
    int entryCount(const QString &mount) const;
    QStringList plantedValues() const;

    QList<RecordedRequest> requests() const;
    int requestCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead::test
