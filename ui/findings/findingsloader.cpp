#include "findings/findingsloader.h"

#include "store/database.h"
#include "store/findingrepository.h"

namespace bulkhead::ui {

bool FindingsLoader::count(quint64 generation, const FindingFilter &filter, qint64 &total, QString &error)
{
    return run(generation, error, [&] { total = FindingRepository(db()).count(filter); });
}

bool FindingsLoader::page(quint64 generation, const FindingFilter &filter, const FindingSort &sort, qint64 offset,
                          int pageSize, qint64 knownCount, std::vector<FindingRow> &rows, QString &error)
{
    return run(generation, error,
               [&] { rows = FindingRepository(db()).rows(filter, sort, offset, pageSize, knownCount); });
}

bool FindingsLoader::groups(quint64 generation, const FindingFilter &filter, FindingGroupBy by, int limit,
                            std::vector<FindingGroup> &out, QString &error)
{
    return run(generation, error, [&] { out = FindingRepository(db()).groups(filter, by, limit); });
}

bool FindingsLoader::choices(FindingFilterChoices &out, QString &error)
{
    return run(0, error, [&] { out = FindingRepository(db()).filterChoices(); });
}

bool FindingsLoader::ids(const FindingFilter &filter, const FindingSort &sort,
                         const std::vector<std::pair<qint64, qint64>> &ranges, std::vector<std::int64_t> &out,
                         QString &error)
{
    return run(0, error, [&] {
        FindingRepository repo(db());
        for (const auto &[offset, length] : ranges) {
            const std::vector<std::int64_t> part = repo.ids(filter, sort, offset, length);
            out.insert(out.end(), part.begin(), part.end());
        }
    });
}

} // namespace bulkhead::ui
