#include "kube/kubeconfig.h"

#include "kube/kubeconfigfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace bulkhead {

namespace {

// Far beyond any real kubeconfig (they hold a few certificates); a larger file is not one.
constexpr qint64 kMaxKubeConfigBytes = 16 * 1024 * 1024;

template <typename T>
const T *findNamed(const std::vector<T> &items, std::string_view name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &i) { return i.name == name; });
    return it == items.end() ? nullptr : &*it;
}

// kubectl's merge for the named lists: the first file that defines a name wins, whole.
template <typename T>
void mergeNamed(std::vector<T> &into, std::vector<T> &&from)
{
    for (T &item : from)
        if (!findNamed(into, item.name))
            into.push_back(std::move(item));
}

std::string joined(const std::vector<std::string> &paths)
{
    std::string out;
    for (const std::string &p : paths)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

} // namespace

const KubeContext *KubeConfig::context(std::string_view name) const
{
    return findNamed(contexts, name);
}

const KubeCluster *KubeConfig::cluster(std::string_view name) const
{
    return findNamed(clusters, name);
}

const KubeUser *KubeConfig::user(std::string_view name) const
{
    return findNamed(users, name);
}

std::vector<std::string> kubeConfigPaths(const std::string &explicitPath)
{
    if (!explicitPath.empty())
        return {explicitPath};
    std::vector<std::string> out;
    // kubectl splits on the OS list separator, drops empty entries and reads a file named twice
    // once (the first time).
    for (const QString &entry : qEnvironmentVariable("KUBECONFIG").split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const std::string path = entry.toStdString();
        if (std::find(out.begin(), out.end(), path) == out.end())
            out.push_back(path);
    }
    if (out.empty())
        out.push_back(QDir::home().filePath(QStringLiteral(".kube/config")).toStdString());
    return out;
}

std::optional<KubeConfig> loadKubeConfig(const std::vector<std::string> &paths, std::string *error)
{
    std::string ignored;
    if (!error)
        error = &ignored;
    if (paths.empty()) {
        *error = "no kubeconfig file given";
        return std::nullopt;
    }
    const bool mustExist = paths.size() == 1;
    KubeConfig merged;
    for (const std::string &given : paths) {
        // Absolute, so that a user's sourceFile (part of the exec approval) does not depend on the
        // working directory the file was named from.
        const QFileInfo info(QString::fromStdString(given));
        const std::string path = QDir::cleanPath(info.absoluteFilePath()).toStdString();
        if (!info.exists()) {
            if (mustExist) {
                *error = "kubeconfig " + path + ": no such file";
                return std::nullopt;
            }
            continue; // a KUBECONFIG entry that does not exist: skipped, as kubectl skips it
        }
        QFile file(QString::fromStdString(path));
        if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
            *error = "kubeconfig " + path + ": cannot be read"
                + (info.isDir() ? std::string(" (a directory)") : ": " + file.errorString().toStdString());
            return std::nullopt;
        }
        if (file.size() > kMaxKubeConfigBytes) {
            *error = "kubeconfig " + path + ": larger than 16 MiB, not a kubeconfig";
            return std::nullopt;
        }
        std::optional<KubeConfig> one = parseKubeConfigFile(path, file.readAll().toStdString(), error);
        if (!one)
            return std::nullopt;
        merged.files.push_back(path);
        mergeNamed(merged.clusters, std::move(one->clusters));
        mergeNamed(merged.users, std::move(one->users));
        mergeNamed(merged.contexts, std::move(one->contexts));
        if (merged.currentContext.empty())
            merged.currentContext = one->currentContext;
    }
    if (merged.files.empty()) {
        *error = "none of the kubeconfig files exists: " + joined(paths);
        return std::nullopt;
    }
    return merged;
}

} // namespace bulkhead
