#pragma once

#include <QByteArray>
#include <QString>

namespace bulkhead::test {

// The SQLite store file and its WAL as raw bytes, for "this value never reaches the store"
// checks: whatever a collector wrote is in one of the two, committed or not yet checkpointed.
QByteArray storeFileBytes(const QString &store);

} // namespace bulkhead::test
