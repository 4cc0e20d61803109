#include "workloads/coveragepanel.h"

#include "i18n/localeformat.h"
#include "jobs/collectjobtext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// The state as the user reads it: "forbidden" becomes "not collected: forbidden", with a glyph.
QString stateText(const std::string &state)
{
    if (state == "complete")
        return CoveragePanel::tr("✓ complete");
    if (state == "partial")
        return CoveragePanel::tr("◐ partial");
    if (state == "absent" || state == "not found")
        return CoveragePanel::tr("– not served by the API");
    return CoveragePanel::tr("✗ not collected: %1").arg(q(state));
}

QColor stateColor(const std::string &state)
{
    if (state == "complete")
        return QColor(0x15, 0x80, 0x3d);
    if (state == "partial")
        return QColor(0xb4, 0x53, 0x09);
    if (state == "absent" || state == "not found")
        return QColor(0x6b, 0x72, 0x80);
    return QColor(0xb9, 0x1c, 0x1c);
}

// The agent controls of the cluster checks, in the order shown.
struct AgentControl {
    const char *control;
    const char *label;
};
constexpr AgentControl kAgentControls[] = {
    {"RUN-4", QT_TRANSLATE_NOOP("bulkhead::ui::CoveragePanel", "RUN-4 runtime security")},
    {"RUN-6", QT_TRANSLATE_NOOP("bulkhead::ui::CoveragePanel", "RUN-6 / INC-1 logs and metrics")},
    {"SEC-2", QT_TRANSLATE_NOOP("bulkhead::ui::CoveragePanel", "SEC-2 secret store")},
};

} // namespace

CoveragePanel::CoveragePanel(QWidget *parent) : QWidget(parent)
{
    m_runs = new QLabel(this);
    m_runs->setWordWrap(true);
    m_runs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage = table({tr("Cluster"), tr("Resource"), tr("State"), tr("Items"), tr("Controls not assessed"),
                        tr("Message")},
                       QStringLiteral("coverageTable"), this);
    m_evidence = table({tr("Cluster"), tr("Control"), tr("Agent"), tr("Evidence")}, QStringLiteral("evidenceTable"),
                       this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_coverage);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runs);
    layout->addWidget(split, 1);
}

void CoveragePanel::setData(const std::vector<std::string> &clusters, const std::vector<CoverageRow> &coverage,
                            const std::vector<EvidenceRow> &evidence)
{
    fillCoverage(coverage);
    std::set<std::string> all(clusters.begin(), clusters.end());
    for (const CoverageRow &c : coverage)
        all.insert(c.cluster);
    fillEvidence(std::vector<std::string>(all.begin(), all.end()), evidence);
}

void CoveragePanel::fillCoverage(const std::vector<CoverageRow> &rows)
{
    // Per cluster, what was not read first: that is what the user must act on.
    std::vector<CoverageRow> coverage = rows;
    std::stable_sort(coverage.begin(), coverage.end(), [](const CoverageRow &a, const CoverageRow &b) {
        if (a.cluster != b.cluster)
            return a.cluster < b.cluster;
        return (a.record.state != "complete") > (b.record.state != "complete");
    });
    // One line per cluster: which run the rows are of, and the controls it left unassessed.
    struct Run {
        const CoverageRow *row = nullptr;
        int missing = 0;
        std::set<std::string> controls;
    };
    std::map<std::string, Run> runs;
    for (const CoverageRow &c : coverage) {
        Run &run = runs[c.cluster];
        run.row = &c;
        if (c.record.state != "complete" && c.record.state != "absent" && c.record.state != "not found") {
            ++run.missing;
            run.controls.insert(c.record.controls.begin(), c.record.controls.end());
        }
    }
    QStringList lines;
    for (const auto &[cluster, run] : runs) {
        const CoverageRow *row = run.row;
        const QString when = row->runStartedAt > 0
            ? i18n::localDateTime(row->runStartedAt)
            : tr("unknown time");
        QString line = tr("%1: collection of %2, %3").arg(q(cluster), when, collectjobtext::runStatus(row->runStatus));
        if (run.missing > 0) {
            QStringList controls;
            for (const std::string &c : run.controls)
                controls << q(c);
            line += QStringLiteral(" · ")
                + tr("%Ln resources not collected completely; not assessed: %1", nullptr, static_cast<int>(run.missing))
                      .arg(controls.join(QStringLiteral(", ")));
        } else {
            line += QStringLiteral(" · ") + tr("everything listed was collected");
        }
        lines << line;
    }
    m_runs->setText(lines.isEmpty() ? tr("No collection recorded coverage yet.") : lines.join(QLatin1Char('\n')));

    m_coverage->setRowCount(static_cast<int>(coverage.size()));
    for (int r = 0; r < static_cast<int>(coverage.size()); ++r) {
        const CoverageRow &row = coverage[static_cast<std::size_t>(r)];
        const CoverageRecord &rec = row.record;
        m_coverage->setItem(r, ClusterColumn, item(q(row.cluster)));
        m_coverage->setItem(r, ResourceColumn, item(q(rec.resource)));
        QTableWidgetItem *state = item(stateText(rec.state));
        state->setForeground(stateColor(rec.state));
        state->setData(Qt::UserRole, q(rec.state));
        m_coverage->setItem(r, StateColumn, state);
        QTableWidgetItem *items = item(QString::number(rec.items));
        items->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_coverage->setItem(r, ItemsColumn, items);
        // The controls that depend on a resource not read completely cannot pass.
        QStringList controls;
        if (rec.state != "complete") {
            for (const std::string &c : rec.controls)
                controls << q(c);
        }
        QTableWidgetItem *notAssessed = item(controls.join(QStringLiteral(", ")));
        if (!controls.isEmpty())
            notAssessed->setToolTip(tr("Not assessed: %1 was not collected completely").arg(q(rec.resource)));
        m_coverage->setItem(r, NotAssessedColumn, notAssessed);
        QTableWidgetItem *message = item(q(rec.message));
        message->setToolTip(q(rec.message));
        m_coverage->setItem(r, MessageColumn, message);
    }
    m_coverage->resizeColumnsToContents();
}

void CoveragePanel::fillEvidence(const std::vector<std::string> &clusters, const std::vector<EvidenceRow> &evidence)
{
    struct Line {
        QString cluster, control, agent, evidence;
        bool found;
    };
    std::vector<Line> lines;
    for (const std::string &cluster : clusters) {
        for (const AgentControl &ac : kAgentControls) {
            bool found = false;
            for (const EvidenceRow &e : evidence) {
                if (e.cluster != cluster || e.evidence.control != ac.control)
                    continue;
                found = true;
                lines.push_back({q(cluster), tr(ac.label), q(e.evidence.agent), q(e.evidence.evidence), true});
            }
            if (!found)
                lines.push_back({q(cluster), tr(ac.label), tr("none found"),
                                 tr("awaiting attestation: no known agent runs in this cluster"), false});
        }
    }
    m_evidence->setRowCount(static_cast<int>(lines.size()));
    for (int r = 0; r < static_cast<int>(lines.size()); ++r) {
        const Line &l = lines[static_cast<std::size_t>(r)];
        m_evidence->setItem(r, EvidenceClusterColumn, item(l.cluster));
        m_evidence->setItem(r, ControlColumn, item(l.control));
        QTableWidgetItem *agent = item((l.found ? QStringLiteral("✓ ") : QStringLiteral("? ")) + l.agent);
        agent->setForeground(l.found ? QColor(0x15, 0x80, 0x3d) : QColor(0xb4, 0x53, 0x09));
        m_evidence->setItem(r, AgentColumn, agent);
        m_evidence->setItem(r, EvidenceTextColumn, item(l.evidence));
    }
    m_evidence->resizeColumnsToContents();
}

} // namespace bulkhead::ui
