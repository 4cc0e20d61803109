#include "rbac/rbacsubjectsloader.h"

#include "store/database.h"
#include "store/sourcerepository.h"

#include <algorithm>

namespace bulkhead::ui {

bool RbacSubjectsLoader::page(quint64 generation, const RbacSubjectFilter &filter, const ReviewPolicy &policy,
                              RbacSubjectSort sort, bool descending, qint64 offset, int limit,
                              std::vector<RbacSubjectRow> &rows, QString &error)
{
    return m_reader.run(generation, error, [&] {
        rows = RbacRepository(m_reader.db()).subjects(filter, policy, sort, descending, offset, limit);
    });
}

bool RbacSubjectsLoader::count(quint64 generation, const RbacSubjectFilter &filter, qint64 &total, QString &error)
{
    return m_reader.run(generation, error, [&] { total = RbacRepository(m_reader.db()).countSubjects(filter); });
}

RbacFacts RbacSubjectsLoader::facts()
{
    RbacFacts out;
    m_reader.run(0, out.error, [&] {
        const std::vector<SourceRow> sources = SourceRepository(m_reader.db()).list();
        out.clusterSources = static_cast<int>(
            std::count_if(sources.begin(), sources.end(), [](const SourceRow &s) { return s.kind == "cluster"; }));
        out.clusters = RbacRepository(m_reader.db()).clusters();
    });
    return out;
}

} // namespace bulkhead::ui
