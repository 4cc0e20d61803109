#pragma once

#include <string>
#include <string_view>

namespace bulkhead {

// Decides whether a Bearer challenge's token realm may be contacted (and be sent the user's
// credentials). A registry picks its realm itself, so a hostile or compromised registry could
// otherwise point clients at any server and collect their passwords:
// - the realm must be https; plain http only when the user marked the source insecure AND the
//   realm is on this machine (127.0.0.1, localhost, ::1), where nothing crosses a network;
// - the realm's host must be the registry's host or share its registrable domain
//   (auth.example.com for registry.example.com; auth.example.co.uk for reg.example.co.uk).
class RealmPolicy
{
public:
    // Empty when the realm is acceptable, else why not; the reason names the realm's host.
    static std::string refusal(std::string_view realmUrl, std::string_view registryUrl, bool insecureSource);

    // The last two labels of a host name, or the last three when the second-to-last label is a
    // well-known second-level domain under a country code (co.uk, com.au, co.jp, ...). IP
    // addresses and single-label names are returned unchanged (they only match themselves).
    static std::string registrableDomain(std::string_view host);
    static bool isLoopbackHost(std::string_view host);
};

} // namespace bulkhead
