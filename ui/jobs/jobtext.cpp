#include "jobs/jobtext.h"

#include "jobs/collectjobtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui::jobtext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobText", text);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// "1 file" / "12 files": spelled out rather than "%n file(s)", which reads badly without an
// English translation loaded.
QString files(qint64 n)
{
    return n == 1 ? tr("1 file") : tr("%1 files").arg(number(n));
}

} // namespace

QString title(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::title(job);
    // Files given one by one are counted as given (a missing one is still one the user asked
    // for); what folders hold is known once the task has listed them.
    if (!job.hasFolders)
        return tr("Import %1").arg(files(job.inputs.size()));
    if (job.filesTotal >= 0 && !job.sourceFolder.isEmpty())
        return tr("Import %1 from %2").arg(files(job.filesTotal), job.sourceFolder);
    if (job.filesTotal >= 0)
        return tr("Import %1").arg(files(job.filesTotal));
    if (!job.sourceFolder.isEmpty())
        return tr("Import folder %1").arg(job.sourceFolder);
    return tr("Import %1").arg(files(job.inputs.size()));
}

QString state(const JobRecord &job)
{
    switch (job.state) {
    case JobRecord::State::Queued: return tr("Waiting");
    case JobRecord::State::Running: return tr("Running");
    case JobRecord::State::Cancelling: return tr("Cancelling…");
    case JobRecord::State::Succeeded: return tr("Done");
    case JobRecord::State::Partial: return tr("Done, with errors");
    case JobRecord::State::Failed: return tr("Failed");
    case JobRecord::State::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString progress(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::progress(job);
    if (job.state == JobRecord::State::Queued)
        return tr("Waiting for the running import to finish");
    if (job.filesTotal < 0)
        return tr("Reading the file list…");
    const QLocale locale;
    return tr("%1 of %2 · %3 of %4")
        .arg(number(job.filesDone), files(job.filesTotal), locale.formattedDataSize(job.bytesDone),
             locale.formattedDataSize(job.bytesTotal));
}

QString result(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::result(job);
    switch (job.state) {
    case JobRecord::State::Queued:
    case JobRecord::State::Running:
    case JobRecord::State::Cancelling:
        return {};
    case JobRecord::State::Cancelled:
        return tr("Cancelled: nothing of this import was stored; the store is as it was.");
    case JobRecord::State::Failed:
        if (!job.error.isEmpty())
            return tr("Import failed: %1").arg(job.error);
        return tr("Nothing imported: %1 could not be imported.").arg(files(job.fileErrors.size()));
    case JobRecord::State::Succeeded:
    case JobRecord::State::Partial:
        break;
    }
    QString text = job.state == JobRecord::State::Succeeded
        ? tr("Imported %1").arg(files(job.filesImported))
        : tr("Imported %1 of %2").arg(number(job.filesImported), files(job.filesImported + job.fileErrors.size()));
    text += tr(": %1 new findings, %2 resolved").arg(number(job.newFindings), number(job.resolved));
    if (job.reopened > 0)
        text += tr(", %1 reopened").arg(number(job.reopened));
    if (job.state == JobRecord::State::Partial)
        text += tr("; %1 could not be imported.").arg(files(job.fileErrors.size()));
    return text;
}

QString errorsHeading(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::errorsHeading(job);
    return job.fileErrors.size() == 1 ? tr("1 file could not be imported")
                                      : tr("%1 files could not be imported").arg(job.fileErrors.size());
}

QString fileErrors(const JobRecord &job)
{
    return job.fileErrors.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui::jobtext
