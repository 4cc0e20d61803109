// FindingDetailPane on a store imported from Trivy reports this test writes: after `loaded` the
// pane shows the rule, asset and references (as real anchors of the document), escapes every
// text from the reports, badges overdue findings, drops answers for rows already left, shows the
// history after a triage change and clears on showFinding(0).
#include "findings/findingdetailpane.h"
#include "importers/importjob.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <set>

using bulkhead::Database;
using bulkhead::ui::FindingDetailPane;

namespace {

const QString kTitle = QStringLiteral("Heap <overflow> in \"parse\" & friends");
const QString kDescription = QStringLiteral("First line.\n<script>alert('x')</script> <img src=x onerror=y>");
const QStringList kWebRefs{QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-2024-7001"),
                           QStringLiteral("https://example.org/advisory?id=7&lang=en")};
const QString kFileRef = QStringLiteral("file:///etc/passwd");

// One image with one vulnerability; the old image's finding is far past its 7-day SLA.
QByteArray report(const QString &image, const QString &digestChar, const QString &created, const QString &cve,
                  const QString &package)
{
    QJsonObject vuln{{"VulnerabilityID", cve}, {"PkgName", package}, {"InstalledVersion", "1.0"},
                     {"FixedVersion", "1.1"}, {"Severity", "CRITICAL"}, {"Title", kTitle},
                     {"Description", kDescription}, {"PrimaryURL", kWebRefs[0]},
                     {"References", QJsonArray{kWebRefs[1], kFileRef}},
                     {"CVSS", QJsonObject{{"nvd", QJsonObject{{"V3Score", 9.1}, {"V3Vector", "CVSS:3.1/AV:N"}}}}}};
    QJsonObject r{{"SchemaVersion", 2},
                  {"CreatedAt", created},
                  {"ArtifactName", image},
                  {"ArtifactType", "container_image"},
                  {"Metadata", QJsonObject{{"ImageID", QStringLiteral("sha256:") + QString(64, digestChar[0])}}},
                  {"Results", QJsonArray{QJsonObject{{"Target", image}, {"Class", "os-pkgs"}, {"Type", "debian"},
                                                      {"Vulnerabilities", QJsonArray{vuln}}}}}};
    return QJsonDocument(r).toJson(QJsonDocument::Compact);
}

qint64 idOf(const QString &store, const QString &asset)
{
    const Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT f.id FROM findings f JOIN assets a ON a.id = f.asset_id WHERE a.name = ?1");
    const std::string name = asset.toStdString();
    st.bindText(1, name);
    return st.step() ? st.int64(0) : 0;
}

std::set<QString> anchors(const QTextDocument *doc)
{
    std::set<QString> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                out.insert(f.anchorHref());
        }
    }
    return out;
}

} // namespace

class TestFindingDetailPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_old = 0;    // critical, first seen 2024-05-01: overdue
    qint64 m_recent = 0; // critical, first seen yesterday: due in about 6 days

    // With BULKHEAD_SCREENSHOT_DIR set, saves what the pane looks like there (for reviewing by eye).
    static void screenshot(FindingDetailPane &pane, const char *name)
    {
        const QByteArray dir = qgetenv("BULKHEAD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        pane.resize(700, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
    }

    QTextBrowser *browser(FindingDetailPane &pane) { return pane.findChild<QTextBrowser *>(); }

    bool showAndWait(FindingDetailPane &pane, qint64 id)
    {
        QSignalSpy spy(&pane, &FindingDetailPane::loaded);
        pane.showFinding(id);
        return spy.wait(5000) && spy.constLast().at(0).toLongLong() == id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Default SLA policy: never read the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_findingdetailpane"));
        const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const QString a = m_dir.path() + "/old.json", b = m_dir.path() + "/recent.json";
        bulkhead::test::writeFile(a, report("registry.example/old:1", "a", "2024-05-01T10:00:00Z", "CVE-2024-7001", "libfoo"));
        bulkhead::test::writeFile(b, report("registry.example/new:2", "b", yesterday, "CVE-2024-7001", "libbar"));
        m_store = m_dir.path() + "/store.db";
        Database db = Database::open(m_store.toStdString());
        const auto result = bulkhead::ImportJob::run(db, {a.toStdString(), b.toStdString()}, {});
        QVERIFY2(result.committed, result.error.c_str());
        m_old = idOf(m_store, "registry.example/old:1");
        m_recent = idOf(m_store, "registry.example/new:2");
        QVERIFY(m_old > 0 && m_recent > 0);
    }

    void showsRuleAssetAndLinks()
    {
        FindingDetailPane pane(m_store);
        pane.resize(700, 900);
        QVERIFY(showAndWait(pane, m_old));
        QCOMPARE(pane.findingId(), m_old);
        const QString text = browser(pane)->toPlainText();
        QVERIFY(text.contains("CVE-2024-7001"));
        QVERIFY(text.contains(kTitle)); // shown literally, not interpreted
        QVERIFY(text.contains("registry.example/old:1"));
        QVERIFY(text.contains("libfoo"));
        QVERIFY(text.contains("9.1"));
        QVERIFY(text.contains("OVERDUE"));
        QVERIFY(text.contains("registry.example/new:2")); // the other finding of the rule
        QVERIFY(text.contains(m_dir.path() + "/old.json")); // source report

        // References are anchors of the document; only web addresses are made clickable.
        const std::set<QString> links = anchors(browser(pane)->document());
        for (const QString &url : kWebRefs)
            QVERIFY2(links.count(url), qPrintable(url));
        QVERIFY(!links.count(kFileRef));
        QVERIFY(text.contains(kFileRef)); // still listed, as text
        QVERIFY(browser(pane)->openExternalLinks());

        screenshot(pane, "findingdetailpane.png");
    }

    void escapesReportText()
    {
        FindingDetailPane pane(m_store);
        QVERIFY(showAndWait(pane, m_old));
        const QString html = pane.currentHtml();
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<overflow>"));
        QVERIFY(html.contains(kDescription.toHtmlEscaped()));
        QVERIFY(html.contains(kTitle.toHtmlEscaped()));
        // Nothing from the report became markup: the document has no image.
        QVERIFY(!browser(pane)->document()->toHtml().contains("<img"));
        QVERIFY(browser(pane)->toPlainText().contains("<script>alert('x')</script>"));
    }

    void recentFindingIsNotOverdue()
    {
        FindingDetailPane pane(m_store);
        QVERIFY(showAndWait(pane, m_recent));
        const QString text = browser(pane)->toPlainText();
        QVERIFY(text.contains("registry.example/new:2"));
        QVERIFY(!text.contains("OVERDUE"));
    }

    void clearsOnZero()
    {
        FindingDetailPane pane(m_store);
        QVERIFY(showAndWait(pane, m_old));
        pane.showFinding(0);
        QCOMPARE(pane.findingId(), qint64(0));
        QVERIFY(browser(pane)->toPlainText().contains("Select a finding"));
        QVERIFY(!browser(pane)->toPlainText().contains("CVE-2024-7001"));
        // A reply still on its way for the old row must not bring it back.
        pane.showFinding(m_recent);
        pane.showFinding(0);
        QSignalSpy spy(&pane, &FindingDetailPane::loaded);
        QVERIFY(!spy.wait(300));
        QVERIFY(browser(pane)->toPlainText().contains("Select a finding"));
    }

    void onlyTheNewestAnswerIsShown()
    {
        FindingDetailPane pane(m_store);
        QSignalSpy spy(&pane, &FindingDetailPane::loaded);
        for (int i = 0; i < 20; ++i)
            pane.showFinding(i % 2 ? m_recent : m_old);
        pane.showFinding(m_recent);
        QVERIFY(spy.wait(5000));
        QTest::qWait(200); // any older answer would have arrived by now
        for (const QList<QVariant> &args : spy)
            QCOMPARE(args.at(0).toLongLong(), m_recent);
        QVERIFY(browser(pane)->toPlainText().contains("registry.example/new:2"));
        QVERIFY(browser(pane)->toPlainText().contains("libbar"));
    }

    void unknownFinding()
    {
        FindingDetailPane pane(m_store);
        QVERIFY(showAndWait(pane, 999999));
        QVERIFY(browser(pane)->toPlainText().contains("no longer in the store"));
    }

    void reloadShowsTriageHistory()
    {
        FindingDetailPane pane(m_store);
        QVERIFY(showAndWait(pane, m_recent));
        QVERIFY(browser(pane)->toPlainText().contains("No triage changes yet"));
        {
            Database db = Database::open(m_store.toStdString());
            bulkhead::TriageChange c;
            c.status = bulkhead::FindingStatus::FalsePositive;
            c.justification = "<not> in the image";
            c.actor = "tester";
            c.at = QDateTime::currentSecsSinceEpoch();
            QCOMPARE(bulkhead::TriageRepository(db).apply({m_recent}, c), 1);
        }
        QSignalSpy spy(&pane, &FindingDetailPane::loaded);
        pane.reload();
        QVERIFY(spy.wait(5000));
        const QString text = browser(pane)->toPlainText();
        QVERIFY(text.contains("<not> in the image"));
        QVERIFY(text.contains("tester"));
        QVERIFY(text.contains(QStringLiteral("Open \u2192 False positive"))); // the history row
        QVERIFY(!text.contains("OVERDUE")); // decided findings are not due
        QVERIFY(pane.currentHtml().contains("&lt;not&gt; in the image"));
        screenshot(pane, "findingdetailpane-triaged.png");
    }

    void missingStoreIsReported()
    {
        FindingDetailPane pane(m_dir.path() + "/absent.db");
        QVERIFY(showAndWait(pane, 1));
        QVERIFY(browser(pane)->toPlainText().contains("could not be read"));
    }
};

QTEST_MAIN(TestFindingDetailPane)
#include "tst_findingdetailpane.moc"
