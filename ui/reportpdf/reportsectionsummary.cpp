// The executive summary: the overall score with its coverage, the areas, the trend and severity
// charts, and a one-paragraph verdict built from the same numbers.
#include "reportcharts.h"
#include "reportsections.h"
#include "reportsectiontext.h"

#include "controls/controlarea.h"

#include <QRectF>
#include <QStringList>

#include <algorithm>

namespace bulkhead::pdf {

using namespace reporttext;

namespace {

int countStatus(const PostureAssessment &p, ControlStatus s)
{
    return static_cast<int>(std::count_if(p.controls.begin(), p.controls.end(),
                                          [s](const ControlAssessment &a) { return a.status == s; }));
}

QString idList(const PostureAssessment &p, ControlStatus s, int max)
{
    QStringList ids;
    for (const ControlAssessment &a : p.controls) {
        if (a.status == s)
            ids << q(a.control);
    }
    const qsizetype all = ids.size();
    if (all > max) {
        ids = ids.mid(0, max);
        ids << PdfReport::tr("%n more", "the rest of a list of controls", static_cast<int>(all - max));
    }
    return ids.join(QStringLiteral(", "));
}

// The verdict: score and coverage, what fails, the open critical/high findings and their SLA,
// the weakest area, overdue rotations. Every number is one the sections below show.
QString verdict(const ReportModel &m)
{
    const PostureAssessment &p = m.summary.posture;
    QStringList parts;
    if (p.score.overall)
        parts << PdfReport::tr("The posture score is %1 of 100, over %2 of %n controls that could be assessed.", nullptr,
                               p.score.controls)
                     .arg(score(p.score.overall), number(p.score.assessed));
    else
        parts << PdfReport::tr("No control could be assessed from what the store holds, so there is no score.");
    const int fail = countStatus(p, ControlStatus::Fail), partial = countStatus(p, ControlStatus::Partial);
    if (fail > 0) {
        parts << PdfReport::tr("%n controls fail (%1).", nullptr, fail).arg(idList(p, ControlStatus::Fail, 6));
        if (partial > 0)
            parts << PdfReport::tr("%n controls are partial.", nullptr, partial);
    } else if (partial > 0) {
        parts << PdfReport::tr("No control fails; %n are partial.", nullptr, partial);
    }
    else if (p.score.assessed > 0)
        parts << PdfReport::tr("No assessed control fails or is partial.");
    const std::int64_t critical = m.summary.openBySeverity[static_cast<std::size_t>(Severity::Critical)];
    const std::int64_t high = m.summary.openBySeverity[static_cast<std::size_t>(Severity::High)];
    const auto overdue = std::count_if(m.findings.criticalHigh.begin(), m.findings.criticalHigh.end(),
                                       [](const ReportFindingRow &r) { return r.slaOverdue; });
    // Two counts in one sentence: the noun follows the high count, the last before it.
    parts << PdfReport::tr("%1 critical and %Ln high findings are open.", nullptr, static_cast<int>(high)).arg(number(critical));
    if (overdue > 0)
        parts << PdfReport::tr("%Ln of them are past their SLA.", nullptr, static_cast<int>(overdue));
    const AreaScore *weakest = nullptr;
    for (const AreaScore &a : p.score.areas) {
        if (a.score && (!weakest || *a.score < *weakest->score))
            weakest = &a;
    }
    if (weakest && *weakest->score < 100)
        parts << PdfReport::tr("The weakest area is %1 (%2).").arg(areaTitle(weakest->area), score(weakest->score));
    if (!m.secrets.overdue.empty())
        parts << PdfReport::tr("%Ln secrets are past their rotation policy.", nullptr, static_cast<int>(m.secrets.overdue.size()));
    const int notAssessed = countStatus(p, ControlStatus::NotAssessed);
    if (notAssessed > 0)
        parts << PdfReport::tr("%n controls are not assessed: the collection coverage section says what was not collected.",
                               nullptr, notAssessed);
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool renderExecutiveSummary(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    const PostureAssessment &p = m.summary.posture;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Executive summary"));
    doc.paragraph(verdict(m));
    doc.spacing(8);
    std::vector<std::pair<QString, QString>> rows{
        {PdfReport::tr("Overall score"),
         PdfReport::tr("%1  (%2 of %n controls assessed; not assessed ones are left out)", nullptr, p.score.controls)
             .arg(score(p.score.overall), number(p.score.assessed))},
        {PdfReport::tr("Controls"), PdfReport::tr("%1 pass, %2 attested, %3 partial, %4 fail, %5 not assessed")
                                        .arg(number(countStatus(p, ControlStatus::Pass)),
                                             number(countStatus(p, ControlStatus::Attested)),
                                             number(countStatus(p, ControlStatus::Partial)),
                                             number(countStatus(p, ControlStatus::Fail)),
                                             number(countStatus(p, ControlStatus::NotAssessed)))},
    };
    if (m.summary.snapshotTakenAt)
        rows.emplace_back(PdfReport::tr("Statuses from"), PdfReport::tr("the snapshot of %1").arg(dateTime(*m.summary.snapshotTakenAt)));
    QStringList statuses;
    for (const auto &[status, n] : m.summary.findingsByStatus)
        statuses << PdfReport::tr("%1 %2", "a count and a finding status: 12 open").arg(number(n), findingStatusLabel(status));
    rows.emplace_back(PdfReport::tr("Findings in scope"), statuses.isEmpty() ? PdfReport::tr("none") : statuses.join(QStringLiteral(", ")));
    doc.keyValues(rows);

    doc.heading(2, PdfReport::tr("Score per area"));
    doc.beginTable({{PdfReport::tr("Area"), 3}, {PdfReport::tr("Score"), 1, Qt::AlignRight}, {PdfReport::tr("Assessed"), 1.4, Qt::AlignRight},
                    {PdfReport::tr("Weight assessed"), 1.4, Qt::AlignRight}});
    for (const AreaScore &a : p.score.areas)
        doc.tableRow({{areaTitle(a.area)},
                      {score(a.score)},
                      {PdfReport::tr("%1 of %2").arg(number(a.assessed), number(a.controls))},
                      {PdfReport::tr("%1 of %2").arg(number(a.weightAssessed), number(a.weightTotal))}});
    doc.tableRow({{PdfReport::tr("Overall"), {}, {}, true}, {score(p.score.overall), {}, {}, true},
                  {PdfReport::tr("%1 of %2").arg(number(p.score.assessed), number(p.score.controls)), {}, {}, true}, {}});
    doc.endTable();
    doc.spacing(6);
    // The area scores and the open findings side by side: with the trend below, the whole
    // summary stays on one page.
    doc.drawing(180, [&](QPainter &painter, const QRectF &r) {
        const double split = r.width() * 0.52;
        charts::drawAreaScores(painter, QRectF(r.left(), r.top(), split - 6, r.height()), p.score);
        charts::drawSeverities(painter, QRectF(r.left() + split + 6, r.top(), r.width() - split - 6, r.height()),
                               m.summary.openBySeverity);
    });

    doc.heading(2, PdfReport::tr("Score trend"));
    const bool anyScore = std::any_of(m.summary.trend.begin(), m.summary.trend.end(),
                                      [](const ReportSummary::TrendPoint &t) { return t.score.has_value(); });
    if (anyScore)
        doc.drawing(125, [&](QPainter &painter, const QRectF &r) {
            charts::drawScoreTrend(painter, r, m.summary.trend, m.title.asOf);
        });
    else
        doc.paragraph(PdfReport::tr("No snapshot with a score in the 90 days up to %1: the trend starts with the next import, "
                         "collection or sign-off.")
                          .arg(day(m.title.asOf)));
    return true;
}

} // namespace bulkhead::pdf
