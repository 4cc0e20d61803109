#pragma once

#include <stdexcept>
#include <string>

namespace bulkhead {

// Anything the store cannot do: open, migrate, read or write. The message is meant for users.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace bulkhead
