// Fuzz target: the secret rotation policy as JSON (settings, `bulkheadctl secrets policy`):
// secretPolicyFromJson, and for a policy it accepts, the round trip through secretPolicyToJson,
// which must give the same policy back (the settings store it that way).

#include "secrets/secretpolicy.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    std::string error;
    const auto policy = secretPolicyFromJson(std::string_view(reinterpret_cast<const char *>(data), size), &error);
    if (policy.has_value() == !error.empty()) {
        std::fprintf(stderr, "secretPolicyFromJson gave %s\n", policy ? "a policy and an error" : "neither");
        std::abort();
    }
    if (!policy)
        return 0;
    const std::string json = secretPolicyToJson(*policy);
    std::string again;
    const auto back = secretPolicyFromJson(json, &again);
    if (!back || !(*back == *policy)) {
        std::fprintf(stderr, "the policy does not survive its JSON: %s\n%s\n", again.c_str(), json.c_str());
        std::abort();
    }
    return 0;
}
