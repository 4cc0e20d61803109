#pragma once

#include "localregistry.h"

#include <QString>

namespace bulkhead::bench {

struct PopulateResult {
    int repositories = 0;
    int tags = 0;      // image tags pushed (repositories x tags per repository)
    int requests = 0;  // registry API requests the setup made
    double seconds = 0;
    QString error;     // empty on success
};

// Fills `registry` with `repositories` repositories named "bench/rNNNN", each holding `tagsPerRepo`
// tagged OCI image manifests. One layer and one config blob are uploaded once; every other
// repository gets them by cross-repository mount (POST /v2/<repo>/blobs/uploads/?mount=&from=), so
// the setup costs a few small requests per repository instead of uploads. Each manifest carries an
// annotation naming its repository and tag, which gives every tag its own manifest digest (the
// crawl has to fetch 5 distinct manifests per repository) while all share one config digest.
// Requests run `parallel` at a time through one QNetworkAccessManager.
PopulateResult populateRegistry(const test::LocalRegistry &registry, int repositories, int tagsPerRepo,
                                int parallel = 6);

} // namespace bulkhead::bench
