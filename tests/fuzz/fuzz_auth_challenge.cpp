// Fuzz target: a WWW-Authenticate header as a registry sends it (AuthChallenge::parse), then what
// the client does with a Bearer challenge's realm before contacting it: the realm policy, with the
// registry as https, as an insecure loopback source and as a plain host.

#include "registry/authchallenge.h"
#include "registry/realmpolicy.h"

#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    const std::string_view header(reinterpret_cast<const char *>(data), size);
    for (const AuthChallenge &c : AuthChallenge::parse(header)) {
        if (!c.isScheme("bearer"))
            continue;
        const std::string realm = c.param("realm");
        (void)c.param("service");
        (void)c.param("scope");
        (void)RealmPolicy::refusal(realm, "https://registry.example.com", false);
        (void)RealmPolicy::refusal(realm, "http://127.0.0.1:5000", true);
        (void)RealmPolicy::refusal(realm, "registry.example.co.uk:443", false);
    }
    // The realm policy's host helpers also see the registry URL the user typed.
    (void)RealmPolicy::registrableDomain(header);
    (void)RealmPolicy::isLoopbackHost(header);
    return 0;
}
