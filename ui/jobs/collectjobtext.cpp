#include "jobs/collectjobtext.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>

namespace bulkhead::ui::collectjobtext {

namespace {

// The collection jobs' texts: a class of their own so that lupdate files them under the context tr()
// looks up at run time.
class CollectJobText
{
    Q_DECLARE_TR_FUNCTIONS(CollectJobText)
};

// English is the source language and ships no translation, and Qt prints a plural entry's source as
// written ("1 source(s)"), so English keeps a singular and a plural source; each is a plural entry, so
// that a translation picks its own language's form by its rules (French: 0 is singular).
QString sources(qint64 n)
{
    return n == 1 ? CollectJobText::tr("%n source", nullptr, 1)
                  : CollectJobText::tr("%Ln sources", nullptr, static_cast<int>(n));
}

// The collector's phase names, as the user reads them.
QString phaseText(const QString &phase)
{
    if (phase == QLatin1String("catalog"))
        return CollectJobText::tr("listing repositories");
    if (phase == QLatin1String("tags"))
        return CollectJobText::tr("listing tags");
    if (phase == QLatin1String("manifests"))
        return CollectJobText::tr("reading manifests");
    if (phase == QLatin1String("signatures"))
        return CollectJobText::tr("checking signatures");
    if (phase == QLatin1String("discovery"))
        return CollectJobText::tr("discovering the cluster's API");
    if (phase == QLatin1String("listing"))
        return CollectJobText::tr("listing resources");
    if (phase == QLatin1String("writing"))
        return CollectJobText::tr("writing to the store");
    return phase;
}

} // namespace

QString title(const JobRecord &job)
{
    if (job.inputs.isEmpty())
        return CollectJobText::tr("Collect all sources"); // registries and clusters alike
    if (job.inputs.size() == 1)
        return CollectJobText::tr("Collect %1").arg(job.inputs.first());
    return CollectJobText::tr("Collect %1").arg(sources(job.inputs.size()));
}

QString progress(const JobRecord &job)
{
    if (job.state == JobRecord::State::Queued)
        return CollectJobText::tr("Waiting for the running job to finish");
    if (job.currentSource.isEmpty())
        return CollectJobText::tr("Starting…");
    if (job.filesTotal > 0)
        return CollectJobText::tr("%1: %2 %3 of %4", "source: phase, items done of total")
            .arg(job.currentSource, phaseText(job.phase), i18n::localNumber(job.filesDone),
                 i18n::localNumber(job.filesTotal));
    return CollectJobText::tr("%1: %2", "source: phase").arg(job.currentSource, phaseText(job.phase));
}

QString result(const JobRecord &job)
{
    switch (job.state) {
    case JobRecord::State::Queued:
    case JobRecord::State::Running:
    case JobRecord::State::Cancelling:
        return {};
    case JobRecord::State::Cancelled:
        return CollectJobText::tr("Cancelled: what was not written stays as it was; nothing was deleted.");
    case JobRecord::State::Failed:
        if (!job.error.isEmpty() && job.sourceResults.isEmpty())
            return CollectJobText::tr("Collection failed: %1").arg(job.error);
        break;
    default: break;
    }
    QString text = CollectJobText::tr("Collected %1 of %2 completely")
                       .arg(i18n::localNumber(job.sourcesComplete), sources(job.sourcesDone));
    if (!job.sourceResults.isEmpty())
        text += QLatin1Char('\n') + job.sourceResults.join(QLatin1Char('\n'));
    if (!job.error.isEmpty())
        text += QLatin1Char('\n') + job.error;
    return text;
}

QString errorsHeading(const JobRecord &job)
{
    // See sources() for the English singular.
    return job.fileErrors.size() == 1 ? CollectJobText::tr("%n source failed", nullptr, 1)
                                      : CollectJobText::tr("%Ln sources failed", nullptr, static_cast<int>(job.fileErrors.size()));
}

QString runStatus(const std::string &status)
{
    if (status == "complete")
        return CollectJobText::tr("complete", "collection run status");
    if (status == "partial")
        return CollectJobText::tr("partial", "collection run status");
    if (status == "failed")
        return CollectJobText::tr("failed", "collection run status");
    if (status == "cancelled")
        return CollectJobText::tr("cancelled", "collection run status");
    if (status == "running")
        return CollectJobText::tr("running", "collection run status");
    return QString::fromStdString(status);
}

} // namespace bulkhead::ui::collectjobtext
