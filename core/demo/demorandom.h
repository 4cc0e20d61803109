#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead::demo {

// Stateless, seedable hashing: every demo decision is a function of (seed, what, which), so a
// finding's fate can be recomputed for any scan without keeping a million-entry plan in memory,
// and the same seed always writes the same store.
constexpr std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr std::uint64_t hash(std::uint64_t a, std::uint64_t b)
{
    return mix(mix(a) ^ (b * 0xD6E8FEB86659FD93ull));
}

constexpr std::uint64_t hash(std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    return hash(hash(a, b), c);
}

constexpr std::uint64_t hash(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d)
{
    return hash(hash(a, b, c), d);
}

// A uniform value in [0, 1) from a hash.
constexpr double unit(std::uint64_t h)
{
    return static_cast<double>(h >> 11) * 0x1.0p-53;
}

// A uniform integer in [0, n) from a hash (n > 0).
constexpr std::uint32_t below(std::uint64_t h, std::uint32_t n)
{
    return static_cast<std::uint32_t>(((h >> 32) * static_cast<std::uint64_t>(n)) >> 32);
}

// Distinct purposes of a hash, so that two decisions about the same thing are independent.
enum class Salt : std::uint64_t {
    Severity = 1,
    Fix,
    Birth,
    Resolve,
    ResolveAt,
    Reopen,
    ReopenAt,
    Version,
    Text,
    Cvss,
    Published,
    Triage,
    TriagePick,
    Scan,
    Location,
};

constexpr std::uint64_t salted(std::uint64_t seed, Salt salt)
{
    return hash(seed, static_cast<std::uint64_t>(salt));
}

} // namespace bulkhead::demo
