#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace bulkhead {

// Per-source transfer policy: TLS trust, whether plain http is allowed, and the limits that keep
// a slow, hostile or broken server from hanging or flooding a collection.
struct HttpSourceOptions
{
    // PEM bundle trusted instead of the system store; empty = system trust.
    std::string caFile;
    // The user marked the source insecure: plain http (and redirects to it) allowed. TLS is still
    // verified for https URLs.
    bool insecure = false;
    // Kubernetes sources (kubeconfig): the CA as PEM text instead of a file; a client certificate
    // and key as PEM text (held in memory, handed to libcurl as blobs, never written to disk);
    // insecure-skip-tls-verify (TLS without verification, reported as a finding by the caller);
    // a proxy for this source only (else the environment's); the name checked against the
    // server's certificate and sent as SNI when it differs from the URL's host.
    std::string caPem;
    std::string clientCertPem, clientKeyPem;
    bool skipTlsVerify = false;
    std::string proxyUrl;
    std::string tlsServerName;

    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds totalTimeout{120'000}; // per attempt
    // Stall detection: fewer than lowSpeedBytesPerSecond for lowSpeedTime aborts the transfer.
    long lowSpeedBytesPerSecond = 1;
    std::chrono::seconds lowSpeedTime{30};
    // Body bytes accepted per response (counted by the client, not trusted from Content-Length).
    std::int64_t maxResponseBytes = 64 * 1024 * 1024;
    int maxRedirects = 5;

    // 429 and 503 are retried up to maxRetries times, waiting Retry-After when given, else
    // retryBackoff doubled per attempt; never longer than maxRetryWait (a longer Retry-After ends
    // the retries with an error instead of being shortened).
    int maxRetries = 3;
    std::chrono::milliseconds retryBackoff{500};
    std::chrono::milliseconds maxRetryWait{60'000};
};

} // namespace bulkhead
