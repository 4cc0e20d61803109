#include "images/imagedetailhtml.h"

#include "analysis/ruletexttr.h"
#include "findings/severitydelegate.h"
#include "images/imagetext.h"
#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead::ui {

namespace {

// The detail's texts: a class of their own so that lupdate files them under the context tr() looks up
// at run time.
class ImageDetailText
{
    Q_DECLARE_TR_FUNCTIONS(ImageDetailText)
};

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
    return t > 0 ? i18n::localDateTime(t) : ImageDetailText::tr("unknown");
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
        .arg(esc(by.left(300)), empty ? QStringLiteral(" <span style=\"color:#71717a;\">%1</span>").arg(ImageDetailText::tr("(no layer)")) : QString());
}

QString configHtml(const std::string &configJson)
{
    const QJsonObject config = QJsonDocument::fromJson(QByteArray::fromStdString(configJson)).object();
    QString html;
    const QJsonObject labels = config.value(QStringLiteral("labels")).toObject();
    if (!labels.isEmpty()) {
        html += heading(ImageDetailText::tr("Labels")) + QStringLiteral("<table>");
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
        html += heading(ImageDetailText::tr("Environment (names only)")) + QStringLiteral("<p><code>%1</code></p>").arg(names.join(QStringLiteral(", ")));
    }
    const QJsonArray history = config.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()) {
        // English keeps a singular and a plural source (it ships no translation to pick one); each is a
        // plural entry, so that a translation picks its own language's form.
        html += heading(history.size() == 1 ? ImageDetailText::tr("History (%n step)", nullptr, 1)
                                            : ImageDetailText::tr("History (%Ln steps)", nullptr, int(history.size())))
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
        return heading(ImageDetailText::tr("Findings")) + QStringLiteral("<p>%1</p>").arg(ImageDetailText::tr("No findings are filed for this image yet."));
    QString html = heading(ImageDetailText::tr("Open findings (%1)").arg(i18n::localNumber(reply.findingCount)));
    if (reply.findings.empty())
        return html + QStringLiteral("<p>%1</p>").arg(ImageDetailText::tr("None open."));
    html += QStringLiteral("<table>");
    for (const FindingRow &f : reply.findings) {
        const QString sev = QString::fromLatin1(severityName(f.severity).data()).toUpper();
        html += QStringLiteral("<tr><td>%1</td><td style=\"padding-left:6px;\">%2<br/><span style=\"color:#71717a;\">%3</span></td></tr>")
                    .arg(badge(sev, SeverityDelegate::severityColor(static_cast<int>(f.severity))), RuleText::translated(f.title).toHtmlEscaped(),
                         esc(f.ruleKey));
    }
    html += QStringLiteral("</table>");
    if (reply.findingCount > static_cast<qint64>(reply.findings.size()))
        html += QStringLiteral("<p>%1</p>").arg(ImageDetailText::tr("… and %Ln more: open them in the Findings view.", nullptr,
                                                                         int(reply.findingCount - qint64(reply.findings.size()))));
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
    html += row(ImageDetailText::tr("Source"), esc(r.source));
    html += row(ImageDetailText::tr("Tags"), r.tags.empty() ? ImageDetailText::tr("(untagged)") : esc(r.tags));
    html += row(ImageDetailText::tr("Digest"), QStringLiteral("<code>%1</code>").arg(esc(r.digest)));
    if (!reply.detail.indexDigest.empty())
        html += row(ImageDetailText::tr("Index"), QStringLiteral("<code>%1</code>").arg(esc(reply.detail.indexDigest)));
    html += row(ImageDetailText::tr("Platform"), esc(r.platform));
    html += row(ImageDetailText::tr("User"), imagetext::runsAsRoot(r.user)
                                ? QStringLiteral("<b style=\"color:#b45309;\">%1</b>").arg(esc(imagetext::user(r.user)))
                                : esc(r.user));
    html += row(ImageDetailText::tr("Created"), QStringLiteral("%1 (%2)").arg(when(r.created), esc(imagetext::age(r.created, now))));
    html += row(ImageDetailText::tr("Size"), esc(imagetext::size(r.size)));
    html += row(ImageDetailText::tr("Layers"), i18n::localNumber(r.layers));
    html += row(ImageDetailText::tr("Media type"), esc(reply.detail.mediaType));
    html += row(ImageDetailText::tr("Config"), QStringLiteral("<code>%1</code>").arg(esc(reply.detail.configDigest)));
    if (config.contains(QStringLiteral("os")))
        html += row(ImageDetailText::tr("OS / arch"), esc(config.value(QStringLiteral("os")).toString() + QLatin1Char('/')
                                         + config.value(QStringLiteral("architecture")).toString()));
    html += QStringLiteral("</table>");

    html += heading(ImageDetailText::tr("Signature"));
    html += QStringLiteral("<p>%1</p>").arg(reply.detail.signatureDetail.empty()
                                                ? esc(imagetext::signature(signature))
                                                : esc(reply.detail.signatureDetail));
    html += heading(ImageDetailText::tr("SBOM and scans")) + QStringLiteral("<table>");
    html += row(ImageDetailText::tr("SBOM"), esc(imagetext::sbom(r.sbomFormat, r.sbomCreated, now)));
    const bool stale = r.lastScanAt <= 0 || (scanMaxAgeDays > 0 && now - r.lastScanAt > qint64(scanMaxAgeDays) * 86400);
    const QString scan = r.lastScanAt > 0 ? when(r.lastScanAt) : ImageDetailText::tr("not scanned");
    html += row(ImageDetailText::tr("Last scan"), stale ? QStringLiteral("<b style=\"color:#b91c1c;\">%1</b> %2")
                                             .arg(esc(scan), esc(ImageDetailText::tr("(older than %Ln days: BLD-2)", nullptr, scanMaxAgeDays)))
                                       : esc(scan));
    html += row(ImageDetailText::tr("Vulnerabilities"), esc(ImageDetailText::tr("%1 critical, %2 high, %3 medium, %4 low")
                                               .arg(i18n::localNumber(r.critical), i18n::localNumber(r.high),
                                                    i18n::localNumber(r.medium), i18n::localNumber(r.low))));
    html += QStringLiteral("</table>");
    html += findingsHtml(reply);
    html += configHtml(reply.detail.configJson);
    return html;
}

} // namespace bulkhead::ui
