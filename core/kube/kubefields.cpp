#include "kube/kubefields.h"

namespace bulkhead::kubefields {

using json = nlohmann::json;

const json *member(const json *o, const char *key)
{
    if (o == nullptr || !o->is_object())
        return nullptr;
    const auto it = o->find(key);
    return it == o->end() || it->is_null() ? nullptr : &*it;
}

const json *memberPath(const json &o, std::initializer_list<const char *> keys)
{
    return memberPath(o, std::span<const char *const>(keys.begin(), keys.size()));
}

const json *memberPath(const json &o, std::span<const char *const> keys)
{
    const json *at = &o;
    for (const char *key : keys) {
        at = member(at, key);
        if (at == nullptr)
            return nullptr;
    }
    return at;
}

std::string_view stringOf(const json *v)
{
    return v != nullptr && v->is_string() ? std::string_view(v->get_ref<const std::string &>()) : std::string_view();
}

std::string_view stringAt(const json *o, const char *key)
{
    return stringOf(member(o, key));
}

std::optional<bool> boolAt(const json *o, const char *key)
{
    const json *v = member(o, key);
    if (v == nullptr || !v->is_boolean())
        return std::nullopt;
    return v->get<bool>();
}

std::optional<std::int64_t> intAt(const json *o, const char *key)
{
    const json *v = member(o, key);
    if (v == nullptr || !v->is_number_integer())
        return std::nullopt;
    return v->get<std::int64_t>();
}

const json::array_t &arrayAt(const json *o, const char *key)
{
    static const json::array_t empty;
    const json *v = member(o, key);
    return v != nullptr && v->is_array() ? v->get_ref<const json::array_t &>() : empty;
}

} // namespace bulkhead::kubefields
