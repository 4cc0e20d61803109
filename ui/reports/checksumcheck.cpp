#include "reports/checksumcheck.h"

#include "reportpdf/reportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bulkhead::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class ChecksumCheckText
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumCheckText)
};

} // namespace

ChecksumCheck checkReportFile(const QString &path, const QString &expectedSha256)
{
    ChecksumCheck check;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        check.state = ChecksumCheck::State::Missing;
        return check;
    }
    QString error;
    check.actual = pdf::sha256OfFile(path, &error);
    if (check.actual.isEmpty()) {
        check.state = ChecksumCheck::State::Unreadable;
        check.error = error.isEmpty() ? ChecksumCheckText::tr("it could not be read") : error;
        return check;
    }
    check.state = check.actual.compare(expectedSha256, Qt::CaseInsensitive) == 0 ? ChecksumCheck::State::Matches
                                                                                : ChecksumCheck::State::Differs;
    return check;
}

QString checksumCheckText(const ChecksumCheck &check, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (check.state) {
    case ChecksumCheck::State::Matches: return ChecksumCheckText::tr("%1: checksum matches").arg(file);
    case ChecksumCheck::State::Differs:
        return ChecksumCheckText::tr("%1: checksum differs: the file was changed after it was written").arg(file);
    case ChecksumCheck::State::Missing: return ChecksumCheckText::tr("%1: file missing").arg(file);
    case ChecksumCheck::State::Unreadable:
        return ChecksumCheckText::tr("%1: checksum not verified: %2").arg(file, check.error);
    }
    return {};
}

} // namespace bulkhead::ui
