#pragma once

#include <string>

// SQL fragments about registry images (table `images`, aliased `i`) that the images page
// (ImageRepository), the controls' evidence and the release gate must spell alike: an image
// counted as running as root on one must be so on the others.
namespace bulkhead::imagesql {

// config.User empty, 0 or root (with or without a group). Meaningful where i.config_digest is set.
inline constexpr const char *kRunsAsRoot =
    "(coalesce(i.user, '') IN ('', '0', 'root') OR substr(i.user, 1, 2) = '0:' OR substr(i.user, 1, 5) = 'root:')";
// An SBOM is attached (referrer, fallback tag or cosign attachment).
inline constexpr const char *kHasSbom = "(i.sbom_format IS NOT NULL OR i.sbom_digest IS NOT NULL)";

// The id of the newest complete or partial run of the source in `sourceColumn` (SQL subquery).
std::string newestGoodRun(const std::string &sourceColumn);
// The live registry images: what the newest complete or partial run of each registry source saw,
// as a subquery usable as `FROM <liveImages()> i` with the columns of `images`. An image a failed
// run left behind is no longer judged.
std::string liveImages();

} // namespace bulkhead::imagesql
