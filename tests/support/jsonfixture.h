#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace bulkhead::test {

// A JSON fixture under the shared fixtures directory as nlohmann::json, the way core/kube
// receives Kubernetes objects ("k9s/po.json"). Fails the test run when it cannot be read.
nlohmann::json jsonFixture(const QString &relative);

} // namespace bulkhead::test
