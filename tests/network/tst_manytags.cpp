// 10,000 tags in one page, from the real registry (Debian's docker-registry 2.8, which answers
// /v2/<repo>/tags/list with every tag in one page when no n= is given): the client reads the one
// page, the collector records every tag, in bounded time. And a tag list whose pages never end
// (a scripted server): cut at the documented limit with a clear error.
//
// One image is pushed with skopeo; the other 9,999 tags are written straight into the
// registry's storage as distribution lays them out (repositories/<repo>/_manifests/tags/<tag>/
// current/link holding the manifest digest, which is all that listing the tags and reading a
// manifest by tag look at): pushing 10,000 manifests over HTTP would cost a minute of CI for
// nothing the test is about. The registry's storage goes to /dev/shm when there is one:
// removing 20,000 directories took minutes on this machine's loaded disk, a quarter second on tmpfs.

#include "localregistry.h"
#include "ocilayout.h"
#include "testhttpserver.h"

#include "registry/registryclient.h"
#include "registry/registrycollector.h"
#include "store/database.h"
#include "store/sourcerepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr int kTags = 10'000;
const QString kRepo = QStringLiteral("app/many");

QString tagName(int i)
{
    return QStringLiteral("build-%1").arg(i, 5, 10, QLatin1Char('0'));
}

bool writeLink(const QString &dir, const QString &digest)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile f(dir + QStringLiteral("/link"));
    return f.open(QIODevice::WriteOnly) && f.write(digest.toLatin1()) == digest.size();
}

} // namespace

class ManyTagsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<LocalRegistry> m_registry;
    QString m_digest;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString m = missingRegistryTestTools(); !m.isEmpty())
            QSKIP(qPrintable(m));
        QVERIFY(m_tmp.isValid());
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            qputenv("TMPDIR", "/dev/shm"); // LocalRegistry's storage: a QTemporaryDir made below
        m_registry = std::make_unique<LocalRegistry>();
        QVERIFY2(m_registry->start(), qPrintable(m_registry->error()));
        const PushedImage p = pushUserImage(*m_registry, m_tmp.path(), kRepo, tagName(0));
        QVERIFY2(p.ok(), qPrintable(p.error));
        m_digest = p.digest;
        const QString tags = m_registry->storageDir() + QStringLiteral("/docker/registry/v2/repositories/") + kRepo
            + QStringLiteral("/_manifests/tags/");
        QVERIFY2(QFile::exists(tags + tagName(0) + QStringLiteral("/current/link")), qPrintable(tags));
        for (int i = 1; i < kTags; ++i) {
            const QString tag = tags + tagName(i);
            QVERIFY(writeLink(tag + QStringLiteral("/current"), m_digest));
        }
        // The registry itself serves them (checked without the client under test).
        const LocalRegistry::Response last = m_registry->request(
            "GET", QStringLiteral("/v2/%1/manifests/%2").arg(kRepo, tagName(kTags - 1)), {},
            {qMakePair(QByteArray("Accept"), QByteArray(oci::kManifest))});
        QCOMPARE(last.status, 200);
    }

    // One page of 10,000 names (about 140 kB, far below the 64 MiB response limit).
    void clientReadsOnePage()
    {
        RegistryClient client(m_registry->baseUrl().toString().toStdString(), [] {
            HttpSourceOptions o;
            o.insecure = true;
            return o;
        }());
        QElapsedTimer timer;
        timer.start();
        const RegistryClient::TagList list = client.listTags(kRepo.toStdString());
        qInfo("%d tags in %d page(s), %lld ms", int(list.tags.size()), list.pages, timer.elapsed());
        QVERIFY2(list.ok(), list.error.c_str());
        QCOMPARE(list.pages, 1);
        QCOMPARE(int(list.tags.size()), kTags);
        std::set<std::string> expected;
        for (int i = 0; i < kTags; ++i)
            expected.insert(tagName(i).toStdString());
        QCOMPARE(std::set<std::string>(list.tags.begin(), list.tags.end()), expected);
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    }

    // The collector asks for each tag's manifest (one request each; the image is recorded once)
    // and stores every tag in the one transaction.
    void collectorRecordsEveryTag()
    {
        RegistrySourceConfig c;
        c.name = "many";
        c.url = m_registry->baseUrl().toString().toStdString();
        c.insecure = true;
        const QString store = m_tmp.filePath(QStringLiteral("store.db"));
        {
            Database db = Database::open(store.toStdString());
            SourceRepository(db).add(c);
        }
        RegistryCollector collector(store.toStdString(), c, std::nullopt, PostureThresholds{});
        QElapsedTimer timer;
        timer.start();
        const CollectionResult r = collector.run();
        qInfo("collected in %lld ms: %d tags, %d images, %lld requests", timer.elapsed(), r.tags, r.images,
              static_cast<long long>(r.requests));
        QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
        QCOMPARE(r.tags, kTags);
        QCOMPARE(r.images, 1);
        QVERIFY2(timer.elapsed() < 180'000, qPrintable(QString::number(timer.elapsed())));
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        auto st = db.prepare("SELECT COUNT(*), COUNT(DISTINCT tag), MIN(digest), MAX(digest) FROM image_tags WHERE repository = ?");
        const std::string repo = kRepo.toStdString(); // bound without a copy: must outlive step()
        st.bind(1, repo);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), std::int64_t(kTags));
        QCOMPARE(st.int64(1), std::int64_t(kTags));
        QCOMPARE(QString::fromStdString(st.text(2)), m_digest);
        QCOMPARE(QString::fromStdString(st.text(3)), m_digest);
    }

    // A registry whose Link rel="next" never ends, 1,000 new tags a page: the list stops at
    // RegistryClient::kMaxListEntries (1,000,000, after 1,000 pages) with an error naming the
    // host and the limit, instead of growing until memory runs out.
    void neverEndingPagination()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) {
            const int page = QUrlQuery(QUrl(QString::fromUtf8(req.target))).queryItemValue(QStringLiteral("page")).toInt();
            QByteArray tags;
            for (int i = 0; i < 1000; ++i)
                tags += (i ? ",\"" : "\"") + QByteArray::number(page) + '-' + QByteArray::number(i) + '"';
            TestHttpReply r = TestHttpReply::text(200, "{\"name\":\"app/endless\",\"tags\":[" + tags + "]}");
            r.headers.append(qMakePair(QByteArray("Link"),
                                       "</v2/app/endless/tags/list?page=" + QByteArray::number(page + 1) + ">; rel=\"next\""));
            return r;
        });
        HttpSourceOptions o;
        o.insecure = true;
        RegistryClient client(server.url(QString()).toStdString(), o);
        QElapsedTimer timer;
        timer.start();
        const RegistryClient::TagList list = client.listTags("app/endless");
        qInfo("stopped after %d pages, %lld ms: %s", list.pages, timer.elapsed(), list.error.c_str());
        QVERIFY(!list.ok());
        QVERIFY2(QString::fromStdString(list.error).contains(server.url(QStringLiteral("/v2/app/endless/tags/list"))),
                 list.error.c_str());
        QVERIFY2(QString::fromStdString(list.error).contains(QStringLiteral("more than 1000000 tags")), list.error.c_str());
        QCOMPARE(RegistryClient::kMaxListEntries, std::size_t(1'000'000));
        QCOMPARE(list.pages, 1001); // the page that would pass the limit is read, not kept
        QVERIFY2(timer.elapsed() < 120'000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(ManyTagsTest)
#include "tst_manytags.moc"
