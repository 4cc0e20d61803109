#include "registry/cosignlayers.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead {

std::vector<CosignLayer> cosignLayers(std::string_view manifestBody)
{
    std::vector<CosignLayer> out;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(manifestBody.data(), qsizetype(manifestBody.size())));
    for (const QJsonValue &v : doc.object().value(QStringLiteral("layers")).toArray()) {
        const QJsonObject layer = v.toObject();
        if (layer.value(QStringLiteral("mediaType")).toString() != QLatin1String("application/vnd.dev.cosign.simplesigning.v1+json"))
            continue;
        CosignLayer l;
        l.payloadDigest = layer.value(QStringLiteral("digest")).toString().toStdString();
        l.signatureBase64 = layer.value(QStringLiteral("annotations")).toObject()
                                .value(QStringLiteral("dev.cosignproject.cosign/signature")).toString().toStdString();
        if (!l.payloadDigest.empty())
            out.push_back(std::move(l));
    }
    return out;
}

} // namespace bulkhead
