#include "registry/cosignverifier.h"

#include "registry/simplesigningpayload.h"
#include "registry/verificationkey.h"

#include <QByteArray>

#include <array>
#include <optional>

namespace bulkhead {

namespace {

struct LoadedKeys {
    std::vector<std::optional<VerificationKey>> keys; // parallel to the PEMs; nullopt = unreadable
    std::string problems;                             // "; key 2 (x.pub) is not a PEM public key"
    int usable = 0;
};

std::string keyName(std::size_t i, const std::vector<std::string> &labels)
{
    std::string name = "key " + std::to_string(i + 1);
    if (i < labels.size() && !labels[i].empty())
        name += " (" + labels[i] + ")";
    return name;
}

LoadedKeys loadKeys(const std::vector<std::string> &pems, const std::vector<std::string> &labels)
{
    LoadedKeys out;
    for (std::size_t i = 0; i < pems.size(); ++i) {
        std::string error;
        out.keys.push_back(VerificationKey::fromPem(pems[i], &error));
        if (out.keys.back())
            ++out.usable;
        else
            out.problems += "; " + keyName(i, labels) + " is unusable: " + error;
    }
    return out;
}

SignatureVerdict judge(const CosignSignature &sig, const LoadedKeys &keys, std::string_view imageDigest,
                       const std::vector<std::string> &labels)
{
    std::string error;
    const std::optional<SimpleSigningPayload> payload = parseSimpleSigningPayload(sig.payload, &error);
    if (!payload)
        return {SignatureState::Invalid, "signature payload is not a cosign simple-signing document: " + error, -1};
    if (payload->manifestDigest != imageDigest)
        return {SignatureState::Invalid, "signature is for " + payload->manifestDigest + ", not this image", -1};
    const QByteArray trimmed = QByteArray::fromStdString(sig.signatureBase64).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (trimmed.isEmpty() || !decoded || decoded.decoded.isEmpty())
        return {SignatureState::Invalid, "signature is not valid base64", -1};
    const std::string_view signature(decoded.decoded.constData(), std::size_t(decoded.decoded.size()));
    for (std::size_t i = 0; i < keys.keys.size(); ++i) {
        if (keys.keys[i] && keys.keys[i]->verify(sig.payload, signature))
            return {SignatureState::Verified, "verified with " + keyName(i, labels), int(i)};
    }
    if (keys.keys.empty())
        return {SignatureState::SignedNotVerified, "signed, but no public key is configured to verify it", -1};
    if (keys.usable == 0)
        return {SignatureState::SignedNotVerified, "signed, but no configured key is usable" + keys.problems, -1};
    const std::string which = keys.usable == 1 ? std::string("the configured key")
                                               : "none of the " + std::to_string(keys.usable) + " configured keys";
    return {SignatureState::SignedNotVerified,
            "signed, but " + which + (keys.usable == 1 ? " does not verify" : " verifies") + " the signature"
                + keys.problems,
            -1};
}

// Verified > Invalid > SignedNotVerified: a valid signature proves the image whatever else was
// pushed next to it; a broken one is worth more attention than one we merely cannot check.
int rank(SignatureState s)
{
    switch (s) {
    case SignatureState::Verified:
        return 3;
    case SignatureState::Invalid:
        return 2;
    case SignatureState::SignedNotVerified:
        return 1;
    case SignatureState::Unsigned:
        break;
    }
    return 0;
}

// "sha256-<hex>", the OCI referrers fallback form: algorithm cut to 32 and encoded part to 64
// characters (distribution spec); cosign uses the same form without cutting.
std::string tagBase(std::string_view digest, bool truncate)
{
    const auto colon = digest.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == digest.size())
        return {};
    std::string_view algorithm = digest.substr(0, colon);
    std::string_view encoded = digest.substr(colon + 1);
    if (truncate) {
        algorithm = algorithm.substr(0, 32);
        encoded = encoded.substr(0, 64);
    }
    return std::string(algorithm) + '-' + std::string(encoded);
}

} // namespace

SignatureVerdict verifyCosignSignatures(const std::vector<CosignSignature> &signatures,
                                        const std::vector<std::string> &publicKeysPem, std::string_view imageDigest,
                                        const std::vector<std::string> &keyLabels)
{
    if (signatures.empty())
        return {SignatureState::Unsigned, "no cosign signature or signature referrer found", -1};
    const LoadedKeys keys = loadKeys(publicKeysPem, keyLabels);
    SignatureVerdict best;
    std::array<int, 4> counts{};
    for (const CosignSignature &sig : signatures) {
        SignatureVerdict v = judge(sig, keys, imageDigest, keyLabels);
        ++counts[std::size_t(v.state)];
        if (rank(v.state) > rank(best.state)) {
            if (!sig.sourceDigest.empty() && v.state != SignatureState::Verified)
                v.detail += " (signature manifest " + sig.sourceDigest + ")";
            best = std::move(v);
        }
    }
    if (signatures.size() > 1) {
        std::string summary;
        for (SignatureState s : {SignatureState::Verified, SignatureState::Invalid, SignatureState::SignedNotVerified}) {
            if (const int n = counts[std::size_t(s)])
                summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(signatureStateName(s));
        }
        best.detail += "; " + std::to_string(signatures.size()) + " signatures: " + summary;
    }
    return best;
}

std::string cosignSignatureTag(std::string_view digest)
{
    return cosignAttachmentTag(digest, ".sig");
}

std::string cosignAttachmentTag(std::string_view digest, std::string_view suffix)
{
    std::string tag = tagBase(digest, false);
    if (tag.empty())
        return {};
    if (!suffix.starts_with('.'))
        tag += '.';
    return tag + std::string(suffix);
}

std::string referrersFallbackTag(std::string_view digest)
{
    return tagBase(digest, true);
}

} // namespace bulkhead
