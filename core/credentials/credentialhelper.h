#pragma once

#include "credentials/credentialresult.h"

#include <string>
#include <vector>

namespace bulkhead {

// A docker credential helper (`docker-credential-<name> get`, the registry host on stdin, JSON
// {"ServerURL","Username","Secret"} on stdout). A helper is a program of the user's choosing that
// sees the host and hands out secrets, so it runs only when the user approved that helper by
// name, found on PATH, started directly (never through a shell), with a timeout.
class CredentialHelper
{
public:
    // `approved`: helper names the user allowed (see approvedHelpers()).
    explicit CredentialHelper(std::vector<std::string> approved, int timeoutMs = 30000)
        : m_approved(std::move(approved)), m_timeoutMs(timeoutMs)
    {}

    // The names approved in the settings (QSettings "bulkhead"/"Bulkhead", key
    // credentials/approvedHelpers, shared by the GUI and bulkheadctl) and in the environment
    // variable BULKHEAD_APPROVED_CREDENTIAL_HELPERS (comma separated).
    static std::vector<std::string> approvedHelpers();
    // The settings' list only (what Settings → Credentials edits), without the environment's.
    static std::vector<std::string> approvedHelpersSetting();
    static void setApprovedHelpersSetting(const std::vector<std::string> &names);

    // Letters, digits, '.', '_', '-' only: a name that could be a path or carry shell syntax is
    // refused before anything runs.
    static bool validName(const std::string &name);

    // Credentials for `host` from helper `name`. A username of "<token>" means the secret is an
    // identity token (docker's convention); it is passed on as is.
    CredentialResult get(const std::string &name, const std::string &host) const;

private:
    std::vector<std::string> m_approved;
    int m_timeoutMs;
};

} // namespace bulkhead
