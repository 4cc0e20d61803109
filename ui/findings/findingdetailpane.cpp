#include "findings/findingdetailpane.h"

#include "analysis/ruletexttr.h"
#include "findings/findingdetailworker.h"
#include "i18n/localeformat.h"
#include "overview/chartstyle.h"
#include "settings/appsettings.h"
#include "store/findingquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

using bulkhead::FindingDetail;

// The pane's texts, built by the free functions below: a class of their own so that lupdate files them
// under the context tr() looks up at run time.
class FindingDetailText
{
    Q_DECLARE_TR_FUNCTIONS(FindingDetailText)
};

QString number(qint64 n)
{
    return i18n::localNumber(n);
}


// Every text from the store comes from scanner reports: escape it all, always.
QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString when(std::int64_t t)
{
    return t ? i18n::localDateTime(t) : QString();
}

// Whole days from `now` to `t`: "in 3 days", "12 days ago", "today". Whole phrases, not "in %1" around
// "3 days": German and French inflect the days ("in 3 Tagen", "vor 3 Tagen"). English is the source
// language and ships no translation, and Qt prints a plural entry's source as written ("1 day(s)"), so
// English keeps a singular and a plural source; each is a plural entry, so that a translation picks its
// own language's form by its rules (French: 0 is singular).
QString relativeDays(std::int64_t t, std::int64_t now)
{
    const int n = static_cast<int>((t - now) / 86400);
    if (n == 0)
        return FindingDetailText::tr("today");
    if (n > 0)
        return n == 1 ? FindingDetailText::tr("in %n day", nullptr, 1) : FindingDetailText::tr("in %Ln days", nullptr, n);
    return n == -1 ? FindingDetailText::tr("%n day ago", nullptr, 1) : FindingDetailText::tr("%Ln days ago", nullptr, -n);
}

QString whenRelative(std::int64_t t, std::int64_t now)
{
    return t ? QStringLiteral("%1 <span style=\"color:#71717a;\">(%2)</span>").arg(when(t), relativeDays(t, now)) : QString();
}

// Risk acceptance expiries are dates (bulkheadctl triage --expires DATE: the acceptance ends when
// that date begins, UTC), so they are shown as the date itself.
QString expiryDate(std::int64_t t)
{
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date());
}

// The findings table's severity colours, as badge backgrounds.
QString severityColor(Severity s)
{
    switch (s) {
    case Severity::Critical: return QStringLiteral("#9b1c1c");
    case Severity::High: return QStringLiteral("#c2410c");
    case Severity::Medium: return QStringLiteral("#a16207");
    case Severity::Low: return QStringLiteral("#1d4ed8");
    default: return QStringLiteral("#52525b");
    }
}

QString badge(const QString &text, const QString &background)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
        .arg(background, text.toHtmlEscaped());
}

QString severityBadge(Severity s)
{
    return badge(chartstyle::severityLabel(s).toUpper(), severityColor(s));
}

// The asset's kind in the user's language ("image", "Image", "image").
QString assetKindText(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Image: return FindingDetailText::tr("image", "asset kind");
    case AssetKind::Filesystem: return FindingDetailText::tr("filesystem", "asset kind");
    case AssetKind::KubernetesResource: return FindingDetailText::tr("kubernetes", "asset kind");
    case AssetKind::Other: break;
    }
    return FindingDetailText::tr("other", "asset kind");
}

QString statusText(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Open: return FindingDetailText::tr("Open");
    case FindingStatus::Confirmed: return FindingDetailText::tr("Confirmed");
    case FindingStatus::FalsePositive: return FindingDetailText::tr("False positive");
    case FindingStatus::RiskAccepted: return FindingDetailText::tr("Risk accepted");
    case FindingStatus::Mitigated: return FindingDetailText::tr("Mitigated");
    case FindingStatus::Resolved: return FindingDetailText::tr("Resolved");
    }
    return {};
}

QString kindText(FindingKind k)
{
    switch (k) {
    case FindingKind::Vulnerability: return FindingDetailText::tr("Vulnerability");
    case FindingKind::Misconfiguration: return FindingDetailText::tr("Misconfiguration");
    case FindingKind::Secret: return FindingDetailText::tr("Secret");
    }
    return {};
}

// A clickable link only for web addresses: a report could carry file: or other schemes that the
// desktop would open as programs or local files. `label` defaults to the address itself.
QString link(const QString &address, const QString &label = {})
{
    const QUrl u(address, QUrl::StrictMode);
    const bool web = u.isValid() && !u.host().isEmpty()
        && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    const QString text = (label.isEmpty() ? address : label).toHtmlEscaped();
    if (!web)
        return text;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(u.toString(QUrl::FullyEncoded).toHtmlEscaped(), text);
}

// "CWE-122,CWE-787" with each id linked to its MITRE page.
QString cweLinks(const std::string &cwe)
{
    static const QRegularExpression id(QStringLiteral("^CWE-(\\d+)$"));
    QStringList parts;
    for (const QString &raw : QString::fromStdString(cwe).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString c = raw.trimmed();
        const auto m = id.match(c);
        parts << (m.hasMatch() ? link(QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(m.captured(1)), c)
                               : c.toHtmlEscaped());
    }
    return parts.join(QLatin1String(", "));
}

// Key/value rows; rows without a value are left out rather than shown empty.
class FactTable
{
public:
    void add(const QString &label, const QString &valueHtml)
    {
        if (!valueHtml.isEmpty())
            m_rows += QStringLiteral("<tr><td style=\"color:#71717a; padding-right:12px;\">%1</td><td>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), valueHtml);
    }
    QString html() const { return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(m_rows); }

private:
    QString m_rows;
};

// A table with a header row; cells are HTML already.
QString grid(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\" style=\"color:#71717a;\">%1</th>").arg(h.toHtmlEscaped());
    html += QLatin1String("</tr>");
    for (const QStringList &row : rows) {
        html += QLatin1String("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        html += QLatin1String("</tr>");
    }
    return html + QLatin1String("</table>");
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString assetHtml(const FindingDetail &d)
{
    QString html = QStringLiteral("<b>%1</b> <span style=\"color:#71717a;\">%2</span>")
                       .arg(esc(d.asset.name), assetKindText(d.asset.kind).toHtmlEscaped());
    QStringList more;
    if (!d.asset.repository.empty() && d.asset.repository != d.asset.name)
        more << esc(d.asset.repository);
    if (!d.asset.digest.empty())
        more << QStringLiteral("<code>%1</code>").arg(esc(d.asset.digest));
    if (!d.asset.cluster.empty() || !d.asset.nameSpace.empty())
        more << FindingDetailText::tr("cluster %1, namespace %2")
                    .arg(d.asset.cluster.empty() ? FindingDetailText::tr("(unnamed)") : esc(d.asset.cluster),
                         d.asset.nameSpace.empty() ? FindingDetailText::tr("(none)") : esc(d.asset.nameSpace));
    if (!d.asset.os.empty())
        more << esc(d.asset.os);
    if (!more.isEmpty())
        html += QLatin1String("<br>") + more.join(QLatin1String("<br>"));
    return html;
}

QString versionsHtml(const FindingDetail &d)
{
    if (d.installedVersion.empty())
        return {};
    const QString fixed = d.fixedVersion.empty() ? QStringLiteral("<i>%1</i>").arg(FindingDetailText::tr("no fix known"))
                                                 : QStringLiteral("<b>%1</b>").arg(esc(d.fixedVersion));
    return QStringLiteral("%1 &rarr; %2").arg(esc(d.installedVersion), fixed);
}

// Due date for what still needs work; decided or resolved findings are not due.
QString slaHtml(const FindingDetail &d, const SlaPolicy &sla, std::int64_t now)
{
    if (d.status != FindingStatus::Open && d.status != FindingStatus::Confirmed)
        return QStringLiteral("<span style=\"color:#71717a;\">%1</span>").arg(FindingDetailText::tr("not due (%1)").arg(statusText(d.status).toLower()));
    const std::int64_t due = sla.dueAt(d.severity, d.firstSeen);
    if (!due)
        return QStringLiteral("<span style=\"color:#71717a;\">%1</span>").arg(FindingDetailText::tr("no deadline for this severity"));
    const int slaDays = sla.daysFor(d.severity);
    const QString after = slaDays == 1 ? FindingDetailText::tr("%n day after first seen", nullptr, 1)
                                       : FindingDetailText::tr("%Ln days after first seen", nullptr, slaDays);
    QString html = QStringLiteral("%1 (%2)").arg(when(due), after);
    if (sla.isOverdue(d.severity, d.firstSeen, now))
        html += QStringLiteral(" %1 <span style=\"color:#b91c1c;\">%2</span>").arg(badge(FindingDetailText::tr("OVERDUE"), QStringLiteral("#b91c1c")), relativeDays(due, now));
    else
        html += QStringLiteral(" <span style=\"color:#71717a;\">%1</span>").arg(relativeDays(due, now));
    return html;
}

QString decisionHtml(const FindingDetail &d, std::int64_t now)
{
    if (!d.decision.decided)
        return {};
    return FindingDetailText::tr("%1 by %2, %3").arg(statusText(d.decision.status), esc(d.decision.updatedBy), whenRelative(d.decision.updatedAt, now));
}

QString expiryHtml(const FindingDetail &d, std::int64_t now)
{
    if (d.decision.status != FindingStatus::RiskAccepted || !d.decision.expiresAt)
        return {};
    QString html = expiryDate(d.decision.expiresAt);
    if (d.decision.expiresAt <= now)
        return html + QLatin1Char(' ') + badge(FindingDetailText::tr("EXPIRED"), QStringLiteral("#b91c1c"));
    return html + QStringLiteral(" <span style=\"color:#71717a;\">(%1)</span>").arg(relativeDays(d.decision.expiresAt, now));
}

QString factsHtml(const FindingDetail &d, const SlaPolicy &sla, std::int64_t now)
{
    FactTable t;
    t.add(FindingDetailText::tr("Status"), QStringLiteral("<b>%1</b>").arg(statusText(d.status)));
    t.add(FindingDetailText::tr("Asset"), assetHtml(d));
    if (!d.package.empty())
        t.add(FindingDetailText::tr("Package"), d.packageType.empty() ? esc(d.package)
                                                   : QStringLiteral("%1 <span style=\"color:#71717a;\">%2</span>").arg(esc(d.package), esc(d.packageType)));
    t.add(FindingDetailText::tr("Installed \u2192 fixed"), versionsHtml(d));
    t.add(FindingDetailText::tr("Location"), esc(d.location));
    t.add(FindingDetailText::tr("Message"), esc(d.message));
    if (d.cvssScore)
        t.add(FindingDetailText::tr("CVSS"), QStringLiteral("<b>%1</b> <code>%2</code>").arg(i18n::localNumber(*d.cvssScore, 1), esc(d.cvssVector)));
    t.add(FindingDetailText::tr("CWE"), cweLinks(d.cwe));
    t.add(FindingDetailText::tr("Control"), esc(d.control));
    t.add(FindingDetailText::tr("Published"), when(d.published));
    t.add(FindingDetailText::tr("Modified"), when(d.modified));
    t.add(FindingDetailText::tr("First seen"), whenRelative(d.firstSeen, now));
    t.add(FindingDetailText::tr("Last seen"), whenRelative(d.lastSeen, now));
    t.add(FindingDetailText::tr("Resolved", "when the finding was resolved"), whenRelative(d.resolvedAt, now));
    t.add(FindingDetailText::tr("SLA due"), slaHtml(d, sla, now));
    t.add(FindingDetailText::tr("Assignee"), esc(d.decision.assignee));
    t.add(FindingDetailText::tr("Decision"), decisionHtml(d, now));
    t.add(FindingDetailText::tr("Justification"), esc(d.decision.justification));
    t.add(FindingDetailText::tr("Acceptance expires"), expiryHtml(d, now));
    QStringList tools;
    for (const std::string &tool : d.tools)
        tools << esc(tool);
    t.add(FindingDetailText::tr("Reported by"), tools.join(QLatin1String(", ")));
    t.add(FindingDetailText::tr("Fingerprint"), QStringLiteral("<code>%1</code>").arg(QString::fromStdString(fingerprintHex(d.fingerprint))));
    return t.html();
}

QStringList reportRow(const QString &role, const FindingSourceReport &r, std::int64_t now)
{
    const QString tool = r.toolVersion.empty() ? esc(r.tool) : QStringLiteral("%1 %2").arg(esc(r.tool), esc(r.toolVersion));
    return {role, esc(r.path), esc(r.format), tool, whenRelative(r.scannedAt, now), when(r.importedAt)};
}

QString reportsHtml(const FindingDetail &d, std::int64_t now)
{
    QList<QStringList> rows;
    if (d.firstReport.id == d.lastReport.id) {
        rows << reportRow(FindingDetailText::tr("First and last seen in"), d.firstReport, now);
    } else {
        rows << reportRow(FindingDetailText::tr("Last seen in"), d.lastReport, now);
        rows << reportRow(FindingDetailText::tr("First seen in"), d.firstReport, now);
    }
    return grid({QString(), FindingDetailText::tr("Report"), FindingDetailText::tr("Format"), FindingDetailText::tr("Tool"), FindingDetailText::tr("Scanned"), FindingDetailText::tr("Imported")}, rows);
}

QString affectedHtml(const FindingDetail &d)
{
    if (d.affectedCount == 0)
        return QStringLiteral("<p>%1</p>").arg(FindingDetailText::tr("No other finding of this rule in the store."));
    // One sentence a count (see relativeDays() for the English singular).
    const int others = static_cast<int>(d.affectedCount);
    const QString text = others == 1
        ? FindingDetailText::tr("Also in %n other finding, %1 of them still reported.", nullptr, 1)
        : FindingDetailText::tr("Also in %Ln other findings, %1 of them still reported.", nullptr, others);
    QString html = QStringLiteral("<p>%1</p>").arg(text.arg(number(d.affectedActiveCount)));
    // One line per finding, not a table: QTextDocument lays a 50-row table out in ~20 ms on the
    // GUI thread, lines in a fraction of that.
    QStringList lines;
    for (const AffectedFinding &a : d.affected) {
        const QString status = a.resolved ? QStringLiteral("<span style=\"color:#71717a;\">%1</span>").arg(FindingDetailText::tr("resolved"))
                                          : statusText(a.status).toLower();
        const QString package = a.package.empty() ? QString() : QStringLiteral(" &middot; %1 %2").arg(esc(a.package), esc(a.installedVersion));
        lines << QStringLiteral("%1 <b>%2</b>%3 &middot; %4").arg(severityBadge(a.severity), esc(a.asset), package, status);
    }
    if (!lines.isEmpty())
        html += QStringLiteral("<p style=\"line-height:130%;\">%1</p>").arg(lines.join(QLatin1String("<br>")));
    if (qint64(d.affected.size()) < d.affectedCount)
        html += QStringLiteral("<p style=\"color:#71717a;\">%1</p>")
                    .arg(FindingDetailText::tr("Showing %1 of %2.").arg(number(qint64(d.affected.size())), number(d.affectedCount)));
    return html;
}

// Status values are stored by name ("false_positive"); show them as the rest of the pane does.
QString historyValue(const FindingHistoryEntry &e, const std::string &v)
{
    if (v.empty())
        return QStringLiteral("<span style=\"color:#71717a;\">%1</span>").arg(FindingDetailText::tr("(none)"));
    FindingStatus status;
    if (e.field == "status" && parseFindingStatusName(v, status))
        return statusText(status);
    return esc(v);
}

QString historyHtml(const FindingDetail &d)
{
    if (d.history.empty())
        return QStringLiteral("<p>%1</p>").arg(FindingDetailText::tr("No triage changes yet."));
    QList<QStringList> rows;
    for (const FindingHistoryEntry &e : d.history) {
        const QString change = e.field == "comment"
            ? FindingDetailText::tr("comment")
            : QStringLiteral("%1: %2 &rarr; %3").arg(esc(e.field), historyValue(e, e.oldValue), historyValue(e, e.newValue));
        rows << QStringList{when(e.changedAt), esc(e.changedBy), change, esc(e.note)};
    }
    return grid({FindingDetailText::tr("When"), FindingDetailText::tr("Who"), FindingDetailText::tr("Change"), FindingDetailText::tr("Note")}, rows);
}

QString detailHtml(const FindingDetail &d, const SlaPolicy &sla, std::int64_t now)
{
    QString html;
    html += QStringLiteral("<h2>%1 %2</h2>").arg(severityBadge(d.severity), esc(d.ruleKey));
    if (!d.title.empty())
        html += QStringLiteral("<p style=\"font-size:large;\"><b>%1</b></p>").arg(RuleText::translated(d.title).toHtmlEscaped());
    // One line that says what and where, for a reader who skips the table.
    QString where = d.package.empty() ? FindingDetailText::tr("%1 on %2").arg(kindText(d.kind), esc(d.asset.name))
                                      : FindingDetailText::tr("%1 in %2 on %3").arg(kindText(d.kind), esc(d.package), esc(d.asset.name));
    html += QStringLiteral("<p style=\"color:#71717a;\">%1</p>").arg(where);
    html += factsHtml(d, sla, now);

    html += section(FindingDetailText::tr("Description"));
    html += d.description.empty() ? QStringLiteral("<p style=\"color:#71717a;\">%1</p>").arg(FindingDetailText::tr("The reports give no description."))
                                  : QStringLiteral("<p style=\"white-space:pre-wrap;\">%1</p>").arg(RuleText::translated(d.description).toHtmlEscaped());
    if (!d.references.empty()) {
        html += section(FindingDetailText::tr("References"));
        html += QLatin1String("<ul>");
        for (const std::string &url : d.references)
            html += QStringLiteral("<li>%1</li>").arg(link(QString::fromStdString(url)));
        html += QLatin1String("</ul>");
    }
    html += section(FindingDetailText::tr("Source reports"));
    html += reportsHtml(d, now);
    html += section(FindingDetailText::tr("Affected elsewhere"));
    html += affectedHtml(d);
    html += section(FindingDetailText::tr("Triage history"));
    html += historyHtml(d);
    return html;
}

QString hintHtml(const QString &text)
{
    return QStringLiteral("<p align=\"center\" style=\"color:#71717a;\"><br><br>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

FindingDetailPane::FindingDetailPane(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("findingDetailBrowser"));
    m_browser->setOpenExternalLinks(true);
    // Digests, vectors and URLs are long unbroken words: wrap them rather than scroll sideways.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    qRegisterMetaType<FindingDetailReply>();
    m_worker = new FindingDetailWorker(storePath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FindingDetailWorker::replied, this, &FindingDetailPane::onReply, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("FindingDetailPane"));
    m_thread.start();

    showFinding(0);
}

FindingDetailPane::~FindingDetailPane()
{
    m_thread.quit();
    m_thread.wait();
}

QString FindingDetailPane::currentHtml() const
{
    return m_html;
}

void FindingDetailPane::showFinding(qint64 findingId)
{
    const bool same = findingId == m_findingId;
    m_findingId = findingId;
    if (findingId <= 0) {
        m_latest->fetch_add(1); // whatever is still on its way is stale now
        m_findingId = 0;
        setHtmlKeepingScroll(hintHtml(tr("Select a finding to see its detail.")), false);
        return;
    }
    request(same);
}

void FindingDetailPane::reload()
{
    if (m_findingId > 0)
        request(true);
}

void FindingDetailPane::request(bool keepScroll)
{
    m_keepScroll = keepScroll;
    const quint64 serial = m_latest->fetch_add(1) + 1;
    const qint64 id = m_findingId;
    const int maxAffected = m_maxAffected;
    FindingDetailWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, serial, id, maxAffected] { worker->load(serial, id, maxAffected); },
                              Qt::QueuedConnection);
}

void FindingDetailPane::onReply(const FindingDetailReply &reply)
{
    if (reply.request != m_latest->load() || reply.findingId != m_findingId)
        return; // an answer to a row the user has already left
    QString html;
    if (reply.found)
        html = detailHtml(reply.detail, AppSettings::slaPolicy(), QDateTime::currentSecsSinceEpoch());
    else if (!reply.error.isEmpty())
        html = hintHtml(tr("The finding could not be read: %1").arg(reply.error));
    else
        html = hintHtml(tr("This finding is no longer in the store."));
    setHtmlKeepingScroll(html, m_keepScroll);
    Q_EMIT loaded(reply.findingId);
}

void FindingDetailPane::setHtmlKeepingScroll(const QString &html, bool keepScroll)
{
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    m_html = html;
    if (keepScroll)
        m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace bulkhead::ui
