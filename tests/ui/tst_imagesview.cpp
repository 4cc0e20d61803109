// The Images view over a store written through SourceRepository and ImageRepository with a known
// set of images: the model's row count, paging, sort order and filters are checked against values
// computed from that input; the model reads off the GUI thread (it answers at once with no rows,
// loading, and fills in when the worker replies); the view's empty state and detail pane.
#include "exporttestsupport.h"
#include "images/imagedetailpane.h"
#include "images/imagesfilterbar.h"
#include "images/imageslistmodel.h"
#include "images/imagesview.h"
#include "images/imagetext.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "registry/signaturestate.h"
#include "sources/addregistrydialog.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace bulkhead;
using ui::ImagesListModel;

namespace {

constexpr int kTimeout = 10000;
constexpr int kImages = 450; // more than two pages of ImagesListModel::kPageSize
constexpr std::int64_t kNow = 1717200000;

// Image i of the test store: its facts vary with i so that every filter selects a known part.
CollectedImage image(int i)
{
    CollectedImage c;
    c.repository = QStringLiteral("team/app-%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
    c.digest = QStringLiteral("sha256:%1").arg(i, 64, 16, QLatin1Char('0')).toStdString();
    c.configDigest = QStringLiteral("sha256:c%1").arg(i, 63, 16, QLatin1Char('0')).toStdString();
    c.platform = "linux/amd64";
    c.mediaType = "application/vnd.oci.image.manifest.v1+json";
    c.user = i % 3 == 0 ? "" : "app";
    c.created = kNow - std::int64_t(i) * 86400;
    c.configJson = R"({"history":[{"created_by":"RUN make"}],"labels":{"org.example.team":"core"},"env":["PATH"],"os":"linux","architecture":"amd64"})";
    c.sizeBytes = 1000 + std::int64_t((i * 7919) % 1000) * 1024; // a scrambled order
    c.layers = 1 + i % 40;
    c.signatureState = i % 4;
    if (i % 5 == 0) {
        c.sbomFormat = "spdx";
        c.sbomCreated = kNow - 86400;
    }
    return c;
}

// What `trivy image --format json` writes for image `digest` scanned at `scannedAt` with nothing
// found: an OS package result, which claims a complete vulnerability scan of the image.
void importTrivyScan(Database &db, const std::string &digest, std::int64_t scannedAt)
{
    const QString reference = QStringLiteral("registry.example/team/app@") + QString::fromStdString(digest);
    QJsonObject result;
    result[QStringLiteral("Target")] = QStringLiteral("app (debian 12.5)");
    result[QStringLiteral("Class")] = QStringLiteral("os-pkgs");
    result[QStringLiteral("Type")] = QStringLiteral("debian");
    QJsonObject metadata;
    metadata[QStringLiteral("RepoDigests")] = QJsonArray{reference};
    QJsonObject report;
    report[QStringLiteral("SchemaVersion")] = 2;
    report[QStringLiteral("CreatedAt")] = QDateTime::fromSecsSinceEpoch(scannedAt, Qt::UTC).toString(Qt::ISODate);
    report[QStringLiteral("ArtifactName")] = reference;
    report[QStringLiteral("ArtifactType")] = QStringLiteral("container_image");
    report[QStringLiteral("Metadata")] = metadata;
    report[QStringLiteral("Results")] = QJsonArray{result};
    ImportWriter(db).write(test::parseJson(report), scannedAt);
}

std::vector<CollectedImage> images(int first, int last)
{
    std::vector<CollectedImage> out;
    for (int i = first; i < last; ++i)
        out.push_back(image(i));
    return out;
}

} // namespace

class TestImagesView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_emptyPath;
    std::vector<CollectedImage> m_all;
    std::int64_t m_firstSource = 0;
    int m_firstSourceImages = 0;

    // Waits until the model has answered its newest request with an exact count.
    static void settle(ImagesListModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    template <typename Pred>
    qint64 expected(Pred pred) const
    {
        return std::count_if(m_all.begin(), m_all.end(), pred);
    }

    static ui::ImageFilter none() { return {}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_imagesview");
        m_path = m_dir.path() + QStringLiteral("/images.db");
        m_emptyPath = m_dir.path() + QStringLiteral("/empty.db");
        test::createStore(m_emptyPath);
        Database db = Database::open(m_path.toStdString());
        // Two sources: the first holds the first third of the images.
        m_firstSourceImages = kImages / 3;
        for (int s = 0; s < 2; ++s) {
            RegistrySourceConfig config;
            config.name = s == 0 ? "alpha" : "beta";
            config.url = s == 0 ? "https://alpha.example" : "https://beta.example:5000";
            const std::int64_t id = SourceRepository(db).add(config, kNow);
            if (s == 0)
                m_firstSource = id;
            const std::int64_t run = CollectionRunRepository(db).start(id, kNow);
            const auto part = s == 0 ? images(0, m_firstSourceImages) : images(m_firstSourceImages, kImages);
            std::vector<CollectedTag> tags;
            for (const CollectedImage &c : part)
                tags.push_back({c.repository, "latest", c.digest});
            ImageRepository(db).writeCollection(id, run, part, tags, true, kNow);
            m_all.insert(m_all.end(), part.begin(), part.end());
        }
    }

    void loadsOffTheGuiThreadAndPages()
    {
        ImagesListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The constructor only queued the read: nothing is known yet on this thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        settle(model);
        QCOMPARE(model.totalCount(), qint64(m_all.size()));
        QCOMPARE(model.rowCount(), int(m_all.size()));
        // Rows past the first page arrive when asked for.
        const int last = model.rowCount() - 1;
        QVERIFY(!model.index(last, 0).data(ImagesListModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(last, 0).data(ImagesListModel::LoadedRole).toBool(), kTimeout);
    }

    void sortsBySizeAndRepository()
    {
        ImagesListModel model(m_path);
        settle(model);
        model.sort(ImagesListModel::SizeColumn, Qt::DescendingOrder);
        settle(model);
        std::vector<std::int64_t> sizes;
        for (const CollectedImage &c : m_all)
            sizes.push_back(c.sizeBytes);
        std::sort(sizes.rbegin(), sizes.rend());
        for (int row = 0; row < ImagesListModel::kPageSize; ++row) {
            const ui::ImageRow *r = model.rowAt(row);
            QVERIFY(r);
            QCOMPARE(r->size, sizes[std::size_t(row)]);
        }
        model.sort(ImagesListModel::RepositoryColumn, Qt::AscendingOrder);
        settle(model);
        std::vector<std::string> repos;
        for (const CollectedImage &c : m_all)
            repos.push_back(c.repository);
        std::sort(repos.begin(), repos.end());
        QCOMPARE(model.rowAt(0)->repository, repos.front());
        QCOMPARE(model.rowAt(1)->repository, repos[1]);
        // A column the store cannot order by leaves the order alone.
        model.sort(ImagesListModel::DigestColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortKey(), ui::ImageSortKey::Repository);
    }

    void filtersMatchTheInput()
    {
        ImagesListModel model(m_path);
        settle(model);

        auto check = [&](const ui::ImageFilter &filter, qint64 want) {
            model.setFilter(filter);
            settle(model);
            QCOMPARE(model.totalCount(), want);
            QCOMPARE(model.rowCount(), int(want));
        };
        ui::ImageFilter f = none();
        f.signature = {int(SignatureState::Verified)};
        check(f, expected([](const CollectedImage &c) { return c.signatureState == int(SignatureState::Verified); }));
        f = none();
        f.signature = {int(SignatureState::Unsigned), int(SignatureState::Invalid)};
        check(f, expected([](const CollectedImage &c) { return c.signatureState == 0 || c.signatureState == 3; }));
        f = none();
        f.root = true;
        check(f, expected([](const CollectedImage &c) { return ui::imagetext::runsAsRoot(c.user); }));
        f = none();
        f.hasSbom = false;
        check(f, expected([](const CollectedImage &c) { return c.sbomFormat.empty(); }));
        f = none();
        f.text = "app-04";
        check(f, expected([](const CollectedImage &c) { return c.repository.find("app-04") != std::string::npos; }));
        f = none();
        f.sourceIds = {m_firstSource};
        check(f, m_firstSourceImages);
        f.covered = true; // no scan was imported
        check(f, 0);
    }

    // "Scanned recently" keeps the images with a scan younger than the threshold, as the Last
    // scan column and the BLD-2 finding judge them, and follows a threshold change; Off (0)
    // counts a scan of any age.
    void coverageFollowsTheScanAgeThreshold()
    {
        const QString path = m_dir.path() + QStringLiteral("/coverage.db");
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        constexpr int kCount = 60;
        // Image i: scanned (i % 4 != 0) (i % 20) days and an hour ago; every fourth never.
        // The extra hour keeps every scan off a day boundary, where the test's and the model's
        // clocks could disagree.
        auto scanAgeDays = [](int i) { return i % 4 == 0 ? -1 : i % 20; };
        {
            Database db = Database::open(path.toStdString());
            RegistrySourceConfig config;
            config.name = "gamma";
            config.url = "https://gamma.example";
            const std::int64_t id = SourceRepository(db).add(config, now);
            const std::int64_t run = CollectionRunRepository(db).start(id, now);
            ImageRepository(db).writeCollection(id, run, images(0, kCount), {}, true, now);
            for (int i = 0; i < kCount; ++i)
                if (scanAgeDays(i) >= 0)
                    importTrivyScan(db, image(i).digest, now - std::int64_t(scanAgeDays(i)) * 86400 - 3600);
        }
        auto covered = [&](int maxAgeDays) {
            qint64 n = 0;
            for (int i = 0; i < kCount; ++i)
                n += scanAgeDays(i) >= 0 && (maxAgeDays == 0 || scanAgeDays(i) < maxAgeDays);
            return n;
        };
        ImagesListModel model(path);
        ui::ImageFilter f = none();
        f.covered = true;
        for (const int days : {7, 1, 30, 0}) {
            model.setScanMaxAgeDays(days);
            model.setFilter(f);
            settle(model);
            QCOMPARE(model.totalCount(), covered(days));
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(!model.index(row, 0).data(ImagesListModel::ScanStaleRole).toBool());
        }
        // A threshold change alone asks the store again.
        model.setScanMaxAgeDays(7);
        settle(model);
        QCOMPARE(model.totalCount(), covered(7));
        f.covered = false;
        model.setFilter(f);
        settle(model);
        QCOMPARE(model.totalCount(), kCount - covered(7));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(ImagesListModel::ScanStaleRole).toBool());
    }

    void filterBarBuildsTheFilter()
    {
        ui::ImagesFilterBar bar;
        QSignalSpy changed(&bar, &ui::ImagesFilterBar::filterChanged);
        bar.rootCombo()->setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().root, std::optional<bool>(false));
        bar.sbomCombo()->setCurrentIndex(1);
        QCOMPARE(bar.filter().hasSbom, std::optional<bool>(true));
        bar.setFilter({});
        QVERIFY(!bar.filter().root && !bar.filter().hasSbom);
    }

    void viewShowsEmptyStateWithoutSources()
    {
        ui::ImagesView view(m_emptyPath);
        QSignalSpy loaded(&view, &ui::ImagesView::sourcesLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QVERIFY(view.isEmptyStateShown());
        QSignalSpy add(&view, &ui::ImagesView::addRegistryRequested);
        view.addRegistryButton()->click();
        QCOMPARE(add.count(), 1);
    }

    void viewShowsImagesAndTheirDetail()
    {
        ui::ImagesView view(m_path);
        QSignalSpy loaded(&view, &ui::ImagesView::sourcesLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.sourceCount(), 2);
        settle(*view.model());
        // The first row becomes current when the first page is in: its detail follows.
        view.table()->selectRow(0);
        const ui::ImageRow *r = view.model()->rowAt(0);
        QVERIFY(r);
        QTRY_COMPARE_WITH_TIMEOUT(view.detailPane()->imageId(), r->id, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.detailPane()->currentHtml().contains(QString::fromStdString(r->digest)), kTimeout);
        const QString html = view.detailPane()->currentHtml();
        QVERIFY(html.contains(QStringLiteral("RUN make")));     // history
        QVERIFY(html.contains(QStringLiteral("org.example.team"))); // labels
        // No findings were filed for it: nothing to open in the Findings view.
        QVERIFY(!view.detailPane()->findingsButton()->isEnabled());
    }

    // "Export…" writes exactly the rows of the view's filter, in its sort, as CSV and as JSON.
    void exportWritesTheFilteredRows()
    {
        ui::ImagesView view(m_path);
        settle(*view.model());
        ui::ImageFilter unsigned_;
        unsigned_.signature = {int(SignatureState::Unsigned)};
        view.showFilter(unsigned_);
        view.model()->sort(ImagesListModel::SizeColumn, Qt::DescendingOrder);
        settle(*view.model());
        std::vector<const CollectedImage *> wanted;
        for (const CollectedImage &c : m_all)
            if (c.signatureState == int(SignatureState::Unsigned))
                wanted.push_back(&c);
        // The sizes are distinct (a permutation), so the order is one.
        std::sort(wanted.begin(), wanted.end(),
                  [](const CollectedImage *a, const CollectedImage *b) { return a->sizeBytes > b->sizeBytes; });
        QVERIFY(!wanted.empty() && wanted.size() < m_all.size());

        const QString csvPath = m_dir.path() + QStringLiteral("/unsigned.csv");
        QCOMPARE(test::exportAndWait(view.exporter(), csvPath, ExportFormat::Csv), qint64(wanted.size()));
        const auto rows = test::readCsvFile(csvPath);
        QCOMPARE(rows.size(), wanted.size());
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            QCOMPARE(rows[i].at("digest"), wanted[i]->digest);
            QCOMPARE(rows[i].at("size_bytes"), std::to_string(wanted[i]->sizeBytes));
        }

        const QString jsonPath = m_dir.path() + QStringLiteral("/unsigned.json");
        QCOMPARE(test::exportAndWait(view.exporter(), jsonPath, ExportFormat::Json), qint64(wanted.size()));
        const QJsonArray array = test::readJsonFile(jsonPath);
        QCOMPARE(array.size(), qsizetype(wanted.size()));
        for (const QJsonValue &v : array)
            QCOMPARE(v[QStringLiteral("signature")].toString(), QStringLiteral("unsigned"));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Images page and the Add-registry dialog for people to look at, and the store they show.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        QFile::remove(out + QStringLiteral("/images-demo.db"));
        QVERIFY(QFile::copy(m_path, out + QStringLiteral("/images-demo.db")));
        ui::MainWindow w(m_path);
        w.resize(1440, 860);
        w.show();
        w.showPage(ui::PageId::Images);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(800);
        QVERIFY(w.grab().save(out + QStringLiteral("/images.png")));
        ui::AddRegistryDialog d(m_path, QStringList{});
        d.nameEdit()->setText(QStringLiteral("team-registry"));
        d.urlEdit()->setText(QStringLiteral("http://127.0.0.1:5000"));
        d.insecureCheck()->setChecked(true);
        d.show();
        QTest::qWait(500);
        QVERIFY(d.grab().save(out + QStringLiteral("/add-registry.png")));
    }
};

QTEST_MAIN(TestImagesView)
#include "tst_imagesview.moc"
