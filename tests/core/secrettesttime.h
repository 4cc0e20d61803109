#pragma once

// Unix seconds of an ISO 8601 time, computed with QDateTime: the secrets tests compare the
// parsers' results with times they did not compute through those parsers.

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <cstdint>

namespace bulkhead::test {

inline std::int64_t isoSecs(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad test time %s", iso);
    return t.toSecsSinceEpoch();
}

} // namespace bulkhead::test
