#include "vault/vaulttoken.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace bulkhead {

namespace {

// A token is one line; a file with more than this is not a token file.
constexpr std::size_t kMaxTokenFileBytes = 64 * 1024;

std::string trimmed(std::string text)
{
    const auto nl = text.find_first_of("\r\n");
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    if (nl != std::string::npos && nl > first)
        text.erase(nl);
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool isHeaderSafe(const std::string &token)
{
    // The token goes into an HTTP header: a control character would split or corrupt it.
    for (unsigned char c : token) {
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

} // namespace

std::optional<std::string> readVaultToken(const VaultSourceConfig &source, std::string *error, bool *absent)
{
    if (absent)
        *absent = false;
    std::string token;
    std::string where;
    if (!source.tokenFile.empty()) {
        where = "token file " + source.tokenFile;
        std::ifstream in(source.tokenFile, std::ios::binary);
        if (!in) {
            *error = where + ": cannot be read (" + std::strerror(errno) + ")";
            return std::nullopt;
        }
        std::string text(kMaxTokenFileBytes + 1, '\0');
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxTokenFileBytes) {
            *error = where + ": larger than 64 KiB, not a token file";
            return std::nullopt;
        }
        token = trimmed(std::move(text));
        if (token.empty()) {
            *error = where + ": is empty";
            return std::nullopt;
        }
    } else {
        where = "the environment variable " + source.tokenEnv;
        const char *value = std::getenv(source.tokenEnv.c_str());
        token = value ? trimmed(value) : std::string();
        if (token.empty()) {
            if (absent)
                *absent = true;
            *error = where + " is not set (or empty): no Vault token for source " + source.name;
            return std::nullopt;
        }
    }
    if (!isHeaderSafe(token)) {
        *error = where + ": the token holds control characters";
        return std::nullopt;
    }
    return token;
}

} // namespace bulkhead
