#include "storefile.h"

#include <QFile>

namespace bulkhead::test {

QByteArray storeFileBytes(const QString &store)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(store + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace bulkhead::test
