#include "jobs/jobtext.h"

#include "jobs/collectjobtext.h"
#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui::jobtext {

namespace {

// The import jobs' texts: a class of their own so that lupdate files them under the context tr() looks up
// at run time.
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(JobText)
};

QString number(qint64 n)
{
    return i18n::localNumber(n);
}

// "1 file" / "12 files". English is the source language and ships no translation, and Qt prints a plural
// entry's source as written ("1 file(s)"), so English keeps a singular and a plural source; each is a
// plural entry, so that a translation picks its own language's form by its rules (French: 0 is singular).
QString files(qint64 n)
{
    return n == 1 ? JobText::tr("%n file", nullptr, 1) : JobText::tr("%Ln files", nullptr, static_cast<int>(n));
}

} // namespace

QString title(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::title(job);
    // Files given one by one are counted as given (a missing one is still one the user asked
    // for); what folders hold is known once the task has listed them.
    if (!job.hasFolders)
        return JobText::tr("Import %1").arg(files(job.inputs.size()));
    if (job.filesTotal >= 0 && !job.sourceFolder.isEmpty())
        return JobText::tr("Import %1 from %2").arg(files(job.filesTotal), job.sourceFolder);
    if (job.filesTotal >= 0)
        return JobText::tr("Import %1").arg(files(job.filesTotal));
    if (!job.sourceFolder.isEmpty())
        return JobText::tr("Import folder %1").arg(job.sourceFolder);
    return JobText::tr("Import %1").arg(files(job.inputs.size()));
}

QString state(const JobRecord &job)
{
    switch (job.state) {
    case JobRecord::State::Queued: return JobText::tr("Waiting");
    case JobRecord::State::Running: return JobText::tr("Running");
    case JobRecord::State::Cancelling: return JobText::tr("Cancelling…");
    case JobRecord::State::Succeeded: return JobText::tr("Done");
    case JobRecord::State::Partial: return JobText::tr("Done, with errors");
    case JobRecord::State::Failed: return JobText::tr("Failed");
    case JobRecord::State::Cancelled: return JobText::tr("Cancelled");
    }
    return {};
}

QString progress(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::progress(job);
    if (job.state == JobRecord::State::Queued)
        return JobText::tr("Waiting for the running import to finish");
    if (job.filesTotal < 0)
        return JobText::tr("Reading the file list…");
    const QLocale locale;
    return JobText::tr("%1 of %2 · %3 of %4")
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
        return JobText::tr("Cancelled: nothing of this import was stored; the store is as it was.");
    case JobRecord::State::Failed:
        if (!job.error.isEmpty())
            return JobText::tr("Import failed: %1").arg(job.error);
        return JobText::tr("Nothing imported: %1 could not be imported.").arg(files(job.fileErrors.size()));
    case JobRecord::State::Succeeded:
    case JobRecord::State::Partial:
        break;
    }
    // Whole sentences, so that a translation can order them: with and without reopened findings, all
    // files imported or some not.
    const QString newFindings = number(job.newFindings);
    const QString resolved = number(job.resolved);
    if (job.state == JobRecord::State::Succeeded) {
        const QString imported = files(job.filesImported);
        if (job.reopened > 0)
            return JobText::tr("Imported %1: %2 new findings, %3 resolved, %4 reopened")
                .arg(imported, newFindings, resolved, number(job.reopened));
        return JobText::tr("Imported %1: %2 new findings, %3 resolved").arg(imported, newFindings, resolved);
    }
    const QString of = files(job.filesImported + job.fileErrors.size());
    const QString failed = files(job.fileErrors.size());
    if (job.reopened > 0)
        return JobText::tr("Imported %1 of %2: %3 new findings, %4 resolved, %5 reopened; %6 could not be imported.")
            .arg(number(job.filesImported), of, newFindings, resolved, number(job.reopened), failed);
    return JobText::tr("Imported %1 of %2: %3 new findings, %4 resolved; %5 could not be imported.")
        .arg(number(job.filesImported), of, newFindings, resolved, failed);
}

QString errorsHeading(const JobRecord &job)
{
    if (job.kind == JobRecord::Kind::Collect)
        return collectjobtext::errorsHeading(job);
    // See files() for the English singular.
    return job.fileErrors.size() == 1 ? JobText::tr("%n file could not be imported", nullptr, 1)
                                      : JobText::tr("%Ln files could not be imported", nullptr, static_cast<int>(job.fileErrors.size()));
}

QString fileErrors(const JobRecord &job)
{
    return job.fileErrors.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui::jobtext
