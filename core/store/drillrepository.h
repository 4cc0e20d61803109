#pragma once

#include "controls/evidencemeasure.h"
#include "drills/drill.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// Drill templates, drills, runs, checklist items and action items (drill_templates, drills,
// drill_runs, drill_items, drill_actions). Errors are StoreError with a message naming the drill.
class DrillRepository
{
public:
    explicit DrillRepository(Database &db) : m_db(&db), m_read(db) {}
    explicit DrillRepository(const Database &db) : m_read(db) {}

    // Inserts the built-in templates (drills/drilltemplates.h) the store lacks; idempotent.
    void ensureBuiltinTemplates();
    std::vector<DrillTemplate> templates() const;
    std::int64_t addTemplate(const DrillTemplate &t);        // user template
    void updateTemplate(const DrillTemplate &t);             // user templates only

    std::int64_t schedule(const Drill &drill);               // unique name
    void updateDrill(const Drill &drill);                    // name, owner, cadence, archived
    std::vector<Drill> list(std::int64_t now, bool includeArchived = false) const;
    std::optional<Drill> find(std::int64_t id) const;
    std::optional<Drill> findByName(const std::string &name) const;

    std::int64_t startRun(std::int64_t drillId, std::int64_t heldOn, const std::vector<std::string> &participants,
                          std::int64_t now);
    std::optional<DrillRun> run(std::int64_t runId) const;
    std::vector<DrillRun> runs(std::int64_t drillId) const; // newest first, items and actions included
    void updateRun(const DrillRun &run);                     // participants, incident, notes, items
    // Completing needs every checklist item done or carrying a note why not; throws otherwise
    // ("drill X: 3 checklist items are neither done nor explained").
    void completeRun(std::int64_t runId, std::int64_t now);
    std::int64_t addAction(const DrillAction &action);
    void updateAction(const DrillAction &action);

    // INC-2 (scheduled tabletop drills held within their cadence; checklist completion) and INC-3
    // (post-incident reviews completed, with actions; open actions past due) as measures.
    std::vector<EvidenceMeasure> evidence(std::int64_t now) const;

private:
    Database *m_db = nullptr;
    const Database &m_read;
};

} // namespace bulkhead
