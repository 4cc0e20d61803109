#include "jobs/collectjobtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui::collectjobtext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobText", text);
}

QString sources(qint64 n)
{
    return n == 1 ? tr("1 source") : tr("%1 sources").arg(QLocale().toString(n));
}

// The collector's phase names, as the user reads them.
QString phaseText(const QString &phase)
{
    if (phase == QLatin1String("catalog"))
        return tr("listing repositories");
    if (phase == QLatin1String("tags"))
        return tr("listing tags");
    if (phase == QLatin1String("manifests"))
        return tr("reading manifests");
    if (phase == QLatin1String("signatures"))
        return tr("checking signatures");
    if (phase == QLatin1String("discovery"))
        return tr("discovering the cluster's API");
    if (phase == QLatin1String("listing"))
        return tr("listing resources");
    if (phase == QLatin1String("writing"))
        return tr("writing to the store");
    return phase;
}

} // namespace

QString title(const JobRecord &job)
{
    if (job.inputs.isEmpty())
        return tr("Collect all sources"); // registries and clusters alike
    if (job.inputs.size() == 1)
        return tr("Collect %1").arg(job.inputs.first());
    return tr("Collect %1").arg(sources(job.inputs.size()));
}

QString progress(const JobRecord &job)
{
    if (job.state == JobRecord::State::Queued)
        return tr("Waiting for the running job to finish");
    if (job.currentSource.isEmpty())
        return tr("Starting…");
    QString text = tr("%1: %2").arg(job.currentSource, phaseText(job.phase));
    if (job.filesTotal > 0)
        text += tr(" %1 of %2").arg(QLocale().toString(job.filesDone), QLocale().toString(job.filesTotal));
    return text;
}

QString result(const JobRecord &job)
{
    switch (job.state) {
    case JobRecord::State::Queued:
    case JobRecord::State::Running:
    case JobRecord::State::Cancelling:
        return {};
    case JobRecord::State::Cancelled:
        return tr("Cancelled: what was not written stays as it was; nothing was deleted.");
    case JobRecord::State::Failed:
        if (!job.error.isEmpty() && job.sourceResults.isEmpty())
            return tr("Collection failed: %1").arg(job.error);
        break;
    default: break;
    }
    QString text = tr("Collected %1 of %2 completely")
                       .arg(QLocale().toString(job.sourcesComplete), sources(job.sourcesDone));
    if (!job.sourceResults.isEmpty())
        text += QLatin1Char('\n') + job.sourceResults.join(QLatin1Char('\n'));
    if (!job.error.isEmpty())
        text += QLatin1Char('\n') + job.error;
    return text;
}

QString errorsHeading(const JobRecord &job)
{
    return job.fileErrors.size() == 1 ? tr("1 source failed") : tr("%1 sources failed").arg(job.fileErrors.size());
}

} // namespace bulkhead::ui::collectjobtext
