#include "images/imagedetailhtml.h"

#include "findings/severitydelegate.h"
#include "images/imagetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bulkhead::ui::ImageDetailPane", text);
}

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(std::int64_t t)
{
    return t > 0 ? QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("unknown");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:#71717a; padding-right:12px;\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString badge(const QString &text, const QColor &background)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
        .arg(background.name(), text.toHtmlEscaped());
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style=\"margin-top:12px;\">%1</h4>").arg(text.toHtmlEscaped());
}

// The history entry's command: "created_by" as the image config spells it (the collector keeps it).
QString historyLine(const QJsonObject &h)
{
    QString by = h.value(QStringLiteral("created_by")).toString();
    if (by.isEmpty())
        by = h.value(QStringLiteral("createdBy")).toString();
    by = by.simplified();
    const bool empty = h.value(QStringLiteral("empty_layer")).toBool() || h.value(QStringLiteral("emptyLayer")).toBool();
    return QStringLiteral("<li><code>%1</code>%2</li>")
        .arg(esc(by.left(300)), empty ? QStringLiteral(" <span style=\"color:#71717a;\">(no layer)</span>") : QString());
}

QString configHtml(const std::string &configJson)
{
    const QJsonObject config = QJsonDocument::fromJson(QByteArray::fromStdString(configJson)).object();
    QString html;
    const QJsonObject labels = config.value(QStringLiteral("labels")).toObject();
    if (!labels.isEmpty()) {
        html += heading(tr("Labels")) + QStringLiteral("<table>");
        for (auto it = labels.begin(); it != labels.end(); ++it)
            html += row(it.key(), esc(it.value().toString()));
        html += QStringLiteral("</table>");
    }
    const QJsonArray env = config.value(QStringLiteral("env")).toArray();
    if (!env.isEmpty()) {
        QStringList names;
        for (const QJsonValue &v : env)
            names << esc(v.toString());
        // Names only: the collector never keeps values (they may be secrets).
        html += heading(tr("Environment (names only)")) + QStringLiteral("<p><code>%1</code></p>").arg(names.join(QStringLiteral(", ")));
    }
    const QJsonArray history = config.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()) {
        html += heading(history.size() == 1 ? tr("History (1 step)") : tr("History (%1 steps)").arg(history.size()))
            + QStringLiteral("<ol>");
        for (const QJsonValue &v : history)
            html += historyLine(v.toObject());
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString findingsHtml(const ImageDetailReply &reply)
{
    if (reply.assetId <= 0)
        return heading(tr("Findings")) + QStringLiteral("<p>%1</p>").arg(tr("No findings are filed for this image yet."));
    QString html = heading(tr("Open findings (%1)").arg(reply.findingCount));
    if (reply.findings.empty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("None open."));
    html += QStringLiteral("<table>");
    for (const FindingRow &f : reply.findings) {
        const QString sev = QString::fromLatin1(severityName(f.severity).data()).toUpper();
        html += QStringLiteral("<tr><td>%1</td><td style=\"padding-left:6px;\">%2<br/><span style=\"color:#71717a;\">%3</span></td></tr>")
                    .arg(badge(sev, SeverityDelegate::severityColor(static_cast<int>(f.severity))), esc(f.title),
                         esc(f.ruleKey));
    }
    html += QStringLiteral("</table>");
    if (reply.findingCount > static_cast<qint64>(reply.findings.size()))
        html += QStringLiteral("<p>%1</p>").arg(tr("… and %1 more: open them in the Findings view.")
                                                     .arg(reply.findingCount - qint64(reply.findings.size())));
    return html;
}

} // namespace

QString imageHintHtml(const QString &text)
{
    return QStringLiteral("<p style=\"color:#71717a;\">%1</p>").arg(text.toHtmlEscaped());
}

QString imageDetailHtml(const ImageDetailReply &reply, int scanMaxAgeDays, std::int64_t now)
{
    const ImageRepository::ImageRow &r = reply.detail.row;
    const auto signature = static_cast<SignatureState>(r.signature);
    const QJsonObject config = QJsonDocument::fromJson(QByteArray::fromStdString(reply.detail.configJson)).object();
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(r.repository));
    html += QStringLiteral("<p>%1</p>").arg(badge(imagetext::signatureSymbol(signature) + QLatin1Char(' ')
                                                      + imagetext::signature(signature),
                                                  imagetext::signatureColor(signature)));
    html += QStringLiteral("<table>");
    html += row(tr("Source"), esc(r.source));
    html += row(tr("Tags"), r.tags.empty() ? tr("(untagged)") : esc(r.tags));
    html += row(tr("Digest"), QStringLiteral("<code>%1</code>").arg(esc(r.digest)));
    if (!reply.detail.indexDigest.empty())
        html += row(tr("Index"), QStringLiteral("<code>%1</code>").arg(esc(reply.detail.indexDigest)));
    html += row(tr("Platform"), esc(r.platform));
    html += row(tr("User"), imagetext::runsAsRoot(r.user)
                                ? QStringLiteral("<b style=\"color:#b45309;\">%1</b>").arg(esc(imagetext::user(r.user)))
                                : esc(r.user));
    html += row(tr("Created"), QStringLiteral("%1 (%2)").arg(when(r.created), esc(imagetext::age(r.created, now))));
    html += row(tr("Size"), esc(imagetext::size(r.size)));
    html += row(tr("Layers"), QString::number(r.layers));
    html += row(tr("Media type"), esc(reply.detail.mediaType));
    html += row(tr("Config"), QStringLiteral("<code>%1</code>").arg(esc(reply.detail.configDigest)));
    if (config.contains(QStringLiteral("os")))
        html += row(tr("OS / arch"), esc(config.value(QStringLiteral("os")).toString() + QLatin1Char('/')
                                         + config.value(QStringLiteral("architecture")).toString()));
    html += QStringLiteral("</table>");

    html += heading(tr("Signature"));
    html += QStringLiteral("<p>%1</p>").arg(reply.detail.signatureDetail.empty()
                                                ? esc(imagetext::signature(signature))
                                                : esc(reply.detail.signatureDetail));
    html += heading(tr("SBOM and scans")) + QStringLiteral("<table>");
    html += row(tr("SBOM"), esc(imagetext::sbom(r.sbomFormat, r.sbomCreated, now)));
    const bool stale = r.lastScanAt <= 0 || (scanMaxAgeDays > 0 && now - r.lastScanAt > qint64(scanMaxAgeDays) * 86400);
    const QString scan = r.lastScanAt > 0 ? when(r.lastScanAt) : tr("not scanned");
    html += row(tr("Last scan"), stale ? QStringLiteral("<b style=\"color:#b91c1c;\">%1</b> %2")
                                             .arg(esc(scan), esc(tr("(older than %1 days: BLD-2)").arg(scanMaxAgeDays)))
                                       : esc(scan));
    html += row(tr("Vulnerabilities"), esc(tr("%1 critical, %2 high, %3 medium, %4 low")
                                               .arg(r.critical).arg(r.high).arg(r.medium).arg(r.low)));
    html += QStringLiteral("</table>");
    html += findingsHtml(reply);
    html += configHtml(reply.detail.configJson);
    return html;
}

} // namespace bulkhead::ui
