// Fuzz target: the cosign check of one signature found in a registry: the simple-signing payload
// (parseSimpleSigningPayload, then the digest comparison) and its base64 signature verified with
// a configured key (verifyCosignSignatures). Input: payload, a NUL byte, the signature's base64
// (no NUL: the whole input is the payload with a fixed, wrong signature).
//
// The key below is a public key made for this target; seeds/cosign holds a payload for
// kImageDigest signed with its private key, so the "verified" path is reached as well.

#include "registry/cosignverifier.h"
#include "registry/simplesigningpayload.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kImageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

const std::vector<std::string> &keys()
{
    // The second "key" is unusable on purpose: the verdict then also lists a key problem.
    static const std::vector<std::string> pems{
        "-----BEGIN PUBLIC KEY-----\n"
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECDciZ/EPx68r032nfj/hpFRTjtqZ\n"
        "RB/yICQc14k1pVoHzxlquFJnQLZTurcgKFvbx3JVOCNCcVICDoC8nCvFlw==\n"
        "-----END PUBLIC KEY-----\n",
        "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n",
    };
    return pems;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t nul = input.find('\0');
    bulkhead::CosignSignature sig;
    sig.payload = std::string(input.substr(0, nul));
    sig.signatureBase64 = nul == std::string_view::npos ? "MEUCIQDfakefakefake" : std::string(input.substr(nul + 1));
    sig.sourceDigest = "sha256:signaturemanifest";

    std::string error;
    const auto payload = parseSimpleSigningPayload(sig.payload, &error);
    if (payload.has_value() == !error.empty()) {
        std::fprintf(stderr, "parseSimpleSigningPayload gave %s\n", payload ? "a payload and an error" : "neither");
        std::abort();
    }
    const SignatureVerdict one = verifyCosignSignatures({sig}, keys(), kImageDigest, {"fuzz.pub", "broken.pub"});
    // Verified only with a payload for this image's digest, and then by the first key.
    if (one.state == SignatureState::Verified && (!payload || payload->manifestDigest != kImageDigest || one.keyIndex != 0)) {
        std::fprintf(stderr, "verified a signature whose payload is not for the image\n");
        std::abort();
    }
    (void)verifyCosignSignatures({sig, sig}, {}, kImageDigest);
    if (payload) {
        (void)cosignSignatureTag(payload->manifestDigest);
        (void)referrersFallbackTag(payload->manifestDigest);
    }
    return 0;
}
