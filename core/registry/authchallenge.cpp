#include "authchallenge.h"

#include "net/asciilower.h"

#include <cctype>

namespace bulkhead {

namespace {

bool isTokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

bool AuthChallenge::isScheme(std::string_view name) const
{
    return asciiLower(scheme) == asciiLower(name);
}

std::string AuthChallenge::param(const std::string &name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

std::vector<AuthChallenge> AuthChallenge::parse(std::string_view h)
{
    // challenge = scheme [ 1*SP ( token68 / #auth-param ) ], challenges separated by commas.
    std::vector<AuthChallenge> out;
    size_t i = 0;
    auto skipWs = [&] {
        while (i < h.size() && (h[i] == ' ' || h[i] == '\t'))
            ++i;
    };
    auto readToken = [&] {
        const size_t start = i;
        while (i < h.size() && isTokenChar(h[i]))
            ++i;
        return std::string(h.substr(start, i - start));
    };
    while (i < h.size()) {
        skipWs();
        while (i < h.size() && (h[i] == ',' || h[i] == ' '))
            ++i;
        if (i >= h.size())
            break;
        std::string token = readToken();
        if (token.empty()) {
            ++i; // garbage: skip a character
            continue;
        }
        skipWs();
        if (i < h.size() && h[i] == '=' && !out.empty()) {
            // auth-param of the current challenge
            ++i;
            skipWs();
            std::string value;
            if (i < h.size() && h[i] == '"') {
                ++i;
                while (i < h.size() && h[i] != '"') {
                    if (h[i] == '\\' && i + 1 < h.size())
                        ++i;
                    value += h[i++];
                }
                if (i < h.size())
                    ++i;
            } else {
                value = readToken();
            }
            out.back().params[asciiLower(token)] = value;
            skipWs();
            if (i < h.size() && h[i] == ',')
                ++i;
            continue;
        }
        AuthChallenge c;
        c.scheme = token;
        out.push_back(std::move(c));
        // token68 after the scheme is ignored (no '=' follows a param name then); params follow.
    }
    return out;
}

} // namespace bulkhead
