#include "rbac/reviewqueueloader.h"

#include "store/database.h"

namespace bulkhead::ui {

bool ReviewQueueLoader::page(quint64 generation, const RbacBindingFilter &filter, const ReviewPolicy &policy,
                             RbacBindingSort sort, bool descending, qint64 offset, int limit,
                             std::vector<RbacBindingRow> &rows, QString &error)
{
    return m_reader.run(generation, error, [&] {
        rows = RbacRepository(m_reader.db()).bindings(filter, policy, sort, descending, offset, limit);
    });
}

bool ReviewQueueLoader::count(quint64 generation, const RbacBindingFilter &filter, const ReviewPolicy &policy,
                              qint64 &total, QString &error)
{
    return m_reader.run(generation, error,
                        [&] { total = RbacRepository(m_reader.db()).countBindings(filter, policy); });
}

bool ReviewQueueLoader::ids(const RbacBindingFilter &filter, const ReviewPolicy &policy, RbacBindingSort sort,
                            bool descending, const std::vector<std::pair<qint64, qint64>> &ranges,
                            std::vector<std::int64_t> &ids, QString &error)
{
    // A few thousand rows per read: a bulk decision over a huge selection stays bounded in memory.
    constexpr qint64 kChunk = 2000;
    return m_reader.run(0, error, [&] {
        const RbacRepository repo(m_reader.db());
        for (const auto &[offset, count] : ranges) {
            for (qint64 done = 0; done < count; done += kChunk) {
                const int limit = static_cast<int>(std::min(kChunk, count - done));
                for (const RbacBindingRow &r : repo.bindings(filter, policy, sort, descending, offset + done, limit))
                    ids.push_back(r.id);
            }
        }
    });
}

ReviewDetail ReviewQueueLoader::detail(std::int64_t id, const ReviewPolicy &policy)
{
    ReviewDetail out;
    out.id = id;
    m_reader.run(0, out.error, [&] {
        const RbacRepository repo(m_reader.db());
        out.row = repo.binding(id, policy);
        if (out.row) {
            const RbacBindingRecord &b = out.row->binding;
            out.history = repo.history(out.row->cluster, b.clusterBinding, b.nameSpace, b.name);
        }
    });
    return out;
}

bool ReviewQueueLoader::summary(const std::string &cluster, const ReviewPolicy &policy, ReviewSummary &out,
                                QString &error)
{
    return m_reader.run(0, error, [&] { out = RbacRepository(m_reader.db()).reviewSummary(cluster, policy); });
}

} // namespace bulkhead::ui
