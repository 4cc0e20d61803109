#include "bench_registry_crawl_populate.h"

#include "ocilayout.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <deque>

namespace bulkhead::bench {

namespace {

struct Call {
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType;
    int expected = 201;
};

// Runs the calls `parallel` at a time; the first unexpected answer stops the phase.
QString runCalls(QNetworkAccessManager &nam, const QUrl &base, std::deque<Call> calls, int parallel, int *count)
{
    QEventLoop loop;
    QString error;
    int inFlight = 0;
    std::function<void()> launch = [&] {
        while (inFlight < parallel && !calls.empty() && error.isEmpty()) {
            Call c = std::move(calls.front());
            calls.pop_front();
            QNetworkRequest req(QUrl(base.toString() + c.path));
            if (!c.contentType.isEmpty())
                req.setHeader(QNetworkRequest::ContentTypeHeader, c.contentType);
            QNetworkReply *reply = nam.sendCustomRequest(req, c.method, c.body);
            ++inFlight;
            ++*count;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, c] {
                --inFlight;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != c.expected && error.isEmpty())
                    error = QStringLiteral("%1 %2: HTTP %3 %4").arg(QString::fromLatin1(c.method), c.path).arg(status)
                                .arg(QString::fromUtf8(reply->readAll().left(300)));
                reply->deleteLater();
                launch();
                if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    launch();
    if (inFlight > 0)
        loop.exec();
    return error;
}

QString repoName(int i)
{
    return QStringLiteral("bench/r%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

PopulateResult populateRegistry(const test::LocalRegistry &registry, int repositories, int tagsPerRepo, int parallel)
{
    PopulateResult out;
    QElapsedTimer timer;
    timer.start();
    using namespace test;

    const QByteArray layer = OciLayout::tarGz({{QStringLiteral("bin/app"), QByteArray("#!/bin/sh\necho bench\n")}});
    const QJsonObject configJson{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("created"), QStringLiteral("2024-05-01T10:00:00Z")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("User"), QStringLiteral("1000:1000")}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), QJsonArray{}}}}};
    const QByteArray config = QJsonDocument(configJson).toJson(QJsonDocument::Compact);
    const QString first = repoName(0);
    QString error;
    const QString layerDigest = registry.pushBlob(first, layer, &error);
    const QString configDigest = layerDigest.isEmpty() ? QString() : registry.pushBlob(first, config, &error);
    if (configDigest.isEmpty()) {
        out.error = QStringLiteral("uploading the shared blobs: ") + error;
        return out;
    }
    out.requests += 4;

    QNetworkAccessManager nam;
    std::deque<Call> mounts;
    for (int r = 1; r < repositories; ++r) {
        for (const QString &digest : {layerDigest, configDigest})
            mounts.push_back({"POST", QStringLiteral("/v2/%1/blobs/uploads/?mount=%2&from=%3").arg(repoName(r), digest, first),
                              {}, {}, 201});
    }
    if (QString e = runCalls(nam, registry.baseUrl(), std::move(mounts), parallel, &out.requests); !e.isEmpty()) {
        out.error = QStringLiteral("mounting blobs: ") + e;
        return out;
    }

    std::deque<Call> manifests;
    for (int r = 0; r < repositories; ++r) {
        for (int t = 0; t < tagsPerRepo; ++t) {
            const QString tag = QStringLiteral("v%1").arg(t + 1);
            const QJsonObject manifest{
                {QStringLiteral("schemaVersion"), 2},
                {QStringLiteral("mediaType"), QString::fromLatin1(oci::kManifest)},
                {QStringLiteral("config"), QJsonObject{{QStringLiteral("mediaType"), QString::fromLatin1(oci::kConfig)},
                                                       {QStringLiteral("digest"), configDigest},
                                                       {QStringLiteral("size"), config.size()}}},
                {QStringLiteral("layers"), QJsonArray{QJsonObject{{QStringLiteral("mediaType"), QString::fromLatin1(oci::kLayerTarGzip)},
                                                                  {QStringLiteral("digest"), layerDigest},
                                                                  {QStringLiteral("size"), layer.size()}}}},
                {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("bench.ref"), repoName(r) + QLatin1Char(':') + tag}}}};
            manifests.push_back({"PUT", QStringLiteral("/v2/%1/manifests/%2").arg(repoName(r), tag),
                                 QJsonDocument(manifest).toJson(QJsonDocument::Compact), oci::kManifest, 201});
        }
    }
    if (QString e = runCalls(nam, registry.baseUrl(), std::move(manifests), parallel, &out.requests); !e.isEmpty()) {
        out.error = QStringLiteral("pushing manifests: ") + e;
        return out;
    }
    out.repositories = repositories;
    out.tags = repositories * tagsPerRepo;
    out.seconds = double(timer.elapsed()) / 1000.0;
    return out;
}

} // namespace bulkhead::bench
