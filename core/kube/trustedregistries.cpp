#include "kube/trustedregistries.h"

#include <QSettings>
#include <QStringList>

namespace bulkhead {

namespace {

constexpr char kKey[] = "workloads/trustedRegistries";

} // namespace

std::vector<std::string> loadTrustedRegistries()
{
    const QSettings s;
    std::vector<std::string> out;
    for (const QString &entry : s.value(QLatin1String(kKey)).toStringList()) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty())
            out.push_back(trimmed.toStdString());
    }
    return out;
}

void saveTrustedRegistries(const std::vector<std::string> &registries)
{
    QStringList list;
    for (const std::string &r : registries) {
        const QString trimmed = QString::fromStdString(r).trimmed();
        if (!trimmed.isEmpty())
            list << trimmed;
    }
    QSettings().setValue(QLatin1String(kKey), list);
}

} // namespace bulkhead
