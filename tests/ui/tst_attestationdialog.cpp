// The attestation dialog: filled in (status, evidence, a link added with Return and one left
// typed, two files read and hashed off the GUI thread, an expiry date) and accepted, the row the
// store then holds read back field by field with each file's size, SHA-256 and bytes computed
// here from the files written; OK disabled with the reason shown for what the repository would
// refuse (no evidence, a text that is no link, a file over 20 MiB or missing, an expiry not in
// the future) and nothing written; a store refusal kept in the dialog; Escape cancelling.
#include "controls/attestationdialog.h"
#include "store/attestationrepository.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <random>

using namespace bulkhead;
using ui::AttestationDialog;

namespace {

constexpr int kTimeout = 30000;
constexpr qint64 kMiB = 1024 * 1024;

ControlDefinition sec4()
{
    ControlDefinition c;
    c.id = "SEC-4";
    c.area = ControlArea::Secrets;
    c.title = "Encrypt secrets in transit and at rest";
    c.practice = "Secrets are encrypted in transit and at rest, and only those who need them can read them.";
    c.attestation = AttestationMode::Required;
    c.attestationHint = "encryption at rest is enabled for etcd (EncryptionConfiguration with a KMS or aescbc provider)";
    return c;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void selectStatus(AttestationDialog &d, AttestationStatus status)
{
    d.statusCombo()->setCurrentIndex(d.statusCombo()->findData(static_cast<int>(status)));
}

// Adds the files and waits until the dialog has read them all.
bool addFiles(AttestationDialog &d, const QStringList &paths)
{
    QSignalSpy read(&d, &AttestationDialog::fileRead);
    d.addFiles(paths);
    while (read.count() < paths.size()) {
        if (!read.wait(kTimeout))
            return false;
    }
    return true;
}

} // namespace

class TestAttestationDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    int m_next = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString dir = m_dir.filePath(QStringLiteral("files-%1").arg(++m_next));
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + name;
        test::writeFile(path, bytes);
        return path;
    }

    qint64 rows() const { return test::storeCount(m_store, "attestations"); }

    // The OK button is disabled and the problem label says `part`.
    static bool refuses(const AttestationDialog &d, const QString &part)
    {
        const QString shown = d.problemLabel()->isHidden() ? QString() : d.problemLabel()->text(); // shown once the dialog is
        if (d.okButton()->isEnabled() || !shown.contains(part) || d.problem() != shown) {
            qWarning("OK %s, problem shown: \"%s\"", d.okButton()->isEnabled() ? "enabled" : "disabled", qPrintable(shown));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_attestationdialog");
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        test::createStore(m_store);
    }

    void showsTheControlAndDefaults()
    {
        AttestationDialog d(m_store, sec4());
        const auto *title = d.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(title && title->text().contains(QStringLiteral("SEC-4"))
                && title->text().contains(QString::fromStdString(sec4().title)));
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("practiceLabel"))->text(), QString::fromStdString(sec4().practice));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QString::fromStdString(sec4().attestationHint)));
        QCOMPARE(d.expiryEdit()->date(), QDate::currentDate().addYears(1));
        QCOMPARE(d.statusCombo()->currentData().toInt(), static_cast<int>(AttestationStatus::Pass));
        // A control without a hint shows none.
        ControlDefinition plain = sec4();
        plain.attestationHint.clear();
        AttestationDialog p(m_store, plain);
        QVERIFY(!p.findChild<QLabel *>(QStringLiteral("hintLabel")));
    }

    void fillInAndAcceptWritesTheRow()
    {
        const qint64 before = rows();
        QByteArray binary;
        std::mt19937 rng(3);
        for (int i = 0; i < 200000; ++i)
            binary.append(static_cast<char>(rng() & 0xff));
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("encryption-config.yaml"), "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n"},
            {QStringLiteral("kms-audit.bin"), binary}};

        AttestationDialog d(m_store, sec4());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        selectStatus(d, AttestationStatus::Partial);
        QTest::keyClicks(d.evidenceEdit(), QStringLiteral("etcd encrypted with KMS on prod; staging still aescbc"));
        QTest::keyClicks(d.linkEdit(), QStringLiteral("https://wiki.example/etcd-encryption"));
        QTest::keyClick(d.linkEdit(), Qt::Key_Return); // adds the link, does not press OK
        QCOMPARE(d.linkList()->count(), 1);
        QVERIFY(d.linkEdit()->text().isEmpty());
        QVERIFY(d.isVisible());
        d.linkEdit()->setText(QStringLiteral("https://tickets.example/SEC-77")); // typed, not added
        QStringList paths;
        for (const auto &[name, bytes] : files)
            paths << writeFile(name, bytes);
        QVERIFY(addFiles(d, paths));
        // Each file is shown with its size and SHA-256.
        QCOMPARE(d.fileTree()->topLevelItemCount(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(d.fileTree()->topLevelItem(i)->text(0), files[i].first);
            QCOMPARE(d.fileTree()->topLevelItem(i)->text(2), sha256(files[i].second));
        }
        const QDate expiry = QDate::currentDate().addDays(45);
        d.expiryEdit()->setDate(expiry);
        QVERIFY2(d.isComplete(), qPrintable(d.problem()));
        QVERIFY(d.okButton()->isEnabled());

        QSignalSpy attested(&d, &AttestationDialog::attested);
        d.okButton()->click();
        QVERIFY(attested.wait(kTimeout) || attested.count() == 1);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(rows(), before + 1);

        const Database db = Database::open(m_store.toStdString(), Database::Access::ReadOnly);
        const AttestationRepository repo(db);
        const std::optional<Attestation> a = repo.find(attested.first().first().toLongLong());
        QVERIFY(a);
        QCOMPARE(a->control, std::string("SEC-4"));
        QCOMPARE(a->status, AttestationStatus::Partial);
        QCOMPARE(a->evidence, std::string("etcd encrypted with KMS on prod; staging still aescbc"));
        QCOMPARE(a->links, (std::vector<std::string>{"https://wiki.example/etcd-encryption", "https://tickets.example/SEC-77"}));
        QCOMPARE(a->expiresAt, QDateTime(expiry, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(!a->attestedBy.empty());
        QCOMPARE(a->files.size(), std::size_t(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            const AttestationFile &f = a->files[std::size_t(i)];
            QCOMPARE(QString::fromStdString(f.name), files[i].first);
            QCOMPARE(f.size, files[i].second.size());
            QCOMPARE(QString::fromStdString(f.sha256), sha256(files[i].second));
            QCOMPARE(QByteArray::fromStdString(*repo.fileContent(f.id)), files[i].second);
        }
    }

    void invalidInputKeepsOkDisabled()
    {
        const qint64 before = rows();
        AttestationDialog d(m_store, sec4());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(refuses(d, QStringLiteral("Describe the evidence")));
        d.okButton()->click(); // disabled: nothing happens
        QTest::keyClick(&d, Qt::Key_Return);
        // A withdrawal needs no evidence.
        selectStatus(d, AttestationStatus::Withdrawn);
        QVERIFY2(d.isComplete(), qPrintable(d.problem()));
        QVERIFY(d.okButton()->isEnabled());
        selectStatus(d, AttestationStatus::Fail);
        d.evidenceEdit()->setPlainText(QStringLiteral("   \n"));
        QVERIFY(refuses(d, QStringLiteral("Describe the evidence")));
        d.evidenceEdit()->setPlainText(QStringLiteral("no image signing in the pipeline yet"));
        QVERIFY(d.okButton()->isEnabled());

        // A text that is no link.
        d.linkEdit()->setText(QStringLiteral("wiki page about signing"));
        QVERIFY(refuses(d, QStringLiteral("“wiki page about signing” is not a link")));
        QTest::keyClick(d.linkEdit(), Qt::Key_Return);
        QCOMPARE(d.linkList()->count(), 0);
        d.linkEdit()->clear();
        QVERIFY(d.okButton()->isEnabled());

        // A file over the limit (sparse: refused by its size, never read) and a missing one.
        const QString large = writeFile(QStringLiteral("etcd-backup.tar"), {});
        {
            QFile f(large);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(31 * kMiB));
        }
        QVERIFY(addFiles(d, {large}));
        QVERIFY(refuses(d, QStringLiteral("evidence file etcd-backup.tar is 31 MiB; the limit is 20 MiB")));
        QVERIFY(addFiles(d, {m_dir.filePath(QStringLiteral("gone/evidence.pdf"))}));
        QVERIFY(refuses(d, QStringLiteral("evidence file etcd-backup.tar is 31 MiB")));
        QCOMPARE(d.fileTree()->topLevelItemCount(), 2);
        QCOMPARE(d.fileTree()->topLevelItem(1)->text(2), QStringLiteral("evidence file evidence.pdf does not exist"));

        // An expiry that is not in the future (the date edit allows today, to show why not).
        AttestationDialog e(m_store, sec4());
        e.evidenceEdit()->setPlainText(QStringLiteral("seen"));
        e.expiryEdit()->setDate(QDate::currentDate());
        QVERIFY(refuses(e, QStringLiteral("must be in the future")));
        e.expiryEdit()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(e.okButton()->isEnabled());

        QCOMPARE(rows(), before);
    }

    void removingARefusedFileUnblocks()
    {
        AttestationDialog d(m_store, sec4());
        d.evidenceEdit()->setPlainText(QStringLiteral("seen"));
        const QString large = writeFile(QStringLiteral("big.iso"), {});
        {
            QFile f(large);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(20 * kMiB + 1));
        }
        const QString small = writeFile(QStringLiteral("small.txt"), "ok");
        QVERIFY(addFiles(d, {small, large}));
        QVERIFY(refuses(d, QStringLiteral("evidence file big.iso is 20.1 MiB; the limit is 20 MiB")));
        d.fileTree()->topLevelItem(1)->setSelected(true);
        QPushButton *remove = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Remove") && b->isEnabled())
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        QCOMPARE(d.fileTree()->topLevelItemCount(), 1);
        QCOMPARE(d.fileTree()->topLevelItem(0)->text(0), QStringLiteral("small.txt"));
        QVERIFY2(d.isComplete(), qPrintable(d.problem()));
        QCOMPARE(d.attestation().files.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(d.attestation().files[0].sha256), sha256("ok"));
    }

    void aStoreRefusalStaysInTheDialog()
    {
        const qint64 before = rows();
        ControlDefinition unknown = sec4();
        unknown.id = "SEC-42"; // not in the catalog: the repository refuses it
        AttestationDialog d(m_store, unknown);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.evidenceEdit()->setPlainText(QStringLiteral("seen"));
        QSignalSpy failed(&d, &AttestationDialog::saveFailed);
        QSignalSpy attested(&d, &AttestationDialog::attested);
        d.okButton()->click();
        QVERIFY(failed.wait(kTimeout) || failed.count() == 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("SEC-42")));
        QVERIFY(d.isVisible());
        QCOMPARE(attested.count(), 0);
        QVERIFY(d.problemLabel()->isVisible());
        QVERIFY(d.problemLabel()->text().contains(QStringLiteral("Nothing was recorded")));
        QVERIFY(d.okButton()->isEnabled()); // to try again
        QCOMPARE(rows(), before);
    }

    void escapeCancels()
    {
        const qint64 before = rows();
        AttestationDialog d(m_store, sec4());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.evidenceEdit()->setPlainText(QStringLiteral("seen"));
        QSignalSpy attested(&d, &AttestationDialog::attested);
        QTest::keyClick(d.evidenceEdit(), Qt::Key_Escape);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QTest::qWait(50);
        QCOMPARE(attested.count(), 0);
        QCOMPARE(rows(), before);
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // dialog as a user fills it in, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        const ControlDefinition *builtin = ControlCatalog::builtin().find("SEC-4");
        QVERIFY(builtin);
        AttestationDialog d(m_store, *builtin);
        selectStatus(d, AttestationStatus::Pass);
        d.evidenceEdit()->setPlainText(
            QStringLiteral("etcd on prod-eu and prod-us encrypts Secrets with the cloud KMS provider "
                           "(EncryptionConfiguration reviewed 2026-11-28 by the platform team)."));
        d.addLink(QStringLiteral("https://wiki.example/platform/etcd-encryption"));
        d.addLink(QStringLiteral("https://tickets.example/SEC-77"));
        QVERIFY(addFiles(d, {writeFile(QStringLiteral("encryption-config.yaml"),
                                       "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n"),
                             writeFile(QStringLiteral("kms-key-policy.json"), QByteArray(18342, 'k'))}));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.adjustSize();
        QTest::qWait(300);
        QVERIFY(d.grab().save(out + QStringLiteral("/attest-dialog.png")));
    }
};

QTEST_MAIN(TestAttestationDialog)
#include "tst_attestationdialog.moc"
