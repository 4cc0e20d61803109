// Images of registry sources: what a complete and a partial collection keep or delete, tags of
// single images and of multi-platform indexes, vulnerability counts and scan coverage joined by
// manifest, index or config digest from findings the test imports (expected numbers computed
// from what it wrote), the view's filters, sorts and stable paging, and the time a page takes
// with a few thousand images.
#include "model/parsedreport.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <map>
#include <set>

using namespace bulkhead;
using Filter = ImageRepository::ImageFilter;
using Sort = ImageRepository::ImageSortKey;

namespace {

std::int64_t addSource(Database &db, const std::string &name)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example";
    return SourceRepository(db).add(c, 1);
}

CollectedImage image(const std::string &repo, const std::string &digest, std::int64_t size = 0)
{
    CollectedImage im;
    im.repository = repo;
    im.digest = digest;
    im.configDigest = "sha256:cfg-" + digest.substr(7);
    im.user = "app";
    im.sizeBytes = size;
    im.layers = 3;
    im.mediaType = "application/vnd.oci.image.manifest.v1+json";
    return im;
}

struct Finding {
    std::string rule;
    Severity severity;
    FindingKind kind = FindingKind::Vulnerability;
};

// One scanner report on an image asset with this digest; `scope` claims a complete scan of that
// kind (so a later report without a finding resolves it).
void importReport(Database &db, const std::string &digest, const std::vector<Finding> &findings,
                  std::int64_t scannedAt, const std::string &tool = "Trivy",
                  std::optional<FindingKind> scope = FindingKind::Vulnerability)
{
    static int serial = 0;
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = tool;
    r.scannedAt = scannedAt;
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = a.digest = digest;
    a.name = "img@" + digest;
    const auto asset = r.addAsset(a);
    if (scope)
        r.addScope(asset, *scope);
    for (const Finding &f : findings) {
        ParsedFinding pf;
        pf.asset = asset;
        pf.kind = f.kind;
        pf.ruleKey = f.rule;
        pf.severity = f.severity;
        pf.package = f.kind == FindingKind::Vulnerability ? "pkg" : "";
        r.findings.push_back(pf);
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = "report-" + std::to_string(++serial);
    file.contentHash = file.path;
    file.report = std::move(r);
    ImportWriter(db).write(file, scannedAt);
}

std::vector<std::string> digestsOf(const std::vector<ImageRepository::ImageRow> &rows)
{
    std::vector<std::string> out;
    for (const auto &r : rows)
        out.push_back(r.digest);
    return out;
}

std::set<std::string> digestSet(const ImageRepository &repo, const Filter &f)
{
    const auto rows = repo.rows(f, Sort::Repository, false, 0, ImageRepository::kMaxRowsPerCall);
    const auto list = digestsOf(rows);
    return {list.begin(), list.end()};
}

} // namespace

class TestImageRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::string freshPath() { return (m_dir.path() + "/i" + QString::number(++m_n) + ".db").toStdString(); }

private Q_SLOTS:
    void completeAndPartialCollections()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        const std::int64_t other = addSource(db, "other");
        ImageRepository repo(db);
        CollectionRunRepository runs(db);

        // Run 1 (complete): three images, three tags; the other source holds one image.
        const std::vector<CollectedImage> first{image("app", "sha256:d1", 10), image("app", "sha256:d2", 20),
                                                image("lib", "sha256:d3", 30)};
        repo.writeCollection(source, runs.start(source, 100), first,
                             {{"app", "1", "sha256:d1"}, {"app", "2", "sha256:d2"}, {"lib", "latest", "sha256:d3"}},
                             true, 100);
        repo.writeCollection(other, runs.start(other, 100), {image("app", "sha256:d1", 10)},
                             {{"app", "1", "sha256:d1"}}, true, 100);
        Filter mine;
        mine.sourceIds = {source};
        QCOMPARE(repo.count(mine), std::int64_t(first.size()));
        QCOMPARE(repo.count({}), std::int64_t(first.size() + 1));

        // Run 2 (partial): only d1, with a new size. Nothing is deleted; d1 is updated.
        CollectedImage d1 = image("app", "sha256:d1", 11);
        repo.writeCollection(source, runs.start(source, 200), {d1}, {{"app", "1", "sha256:d1"}}, false, 200);
        QCOMPARE(repo.count(mine), std::int64_t(first.size()));
        QCOMPARE(db.scalar("SELECT count(*) FROM image_tags WHERE source_id = " + std::to_string(source)), 3);
        auto row = [&](const std::string &digest) {
            auto st = db.prepare("SELECT size, first_seen, last_seen FROM images WHERE source_id = ?1 AND digest = ?2");
            st.bind(1, source).bind(2, std::string_view(digest));
            return st.step() ? std::array<std::int64_t, 3>{st.int64(0), st.int64(1), st.int64(2)}
                             : std::array<std::int64_t, 3>{-1, -1, -1};
        };
        QCOMPARE(row("sha256:d1"), (std::array<std::int64_t, 3>{11, 100, 200}));
        QCOMPARE(row("sha256:d3"), (std::array<std::int64_t, 3>{30, 100, 100}));

        // Run 3 (complete): d1 and d2, tag 1 moved to d2, tag 2 and lib gone.
        repo.writeCollection(source, runs.start(source, 300), {d1, image("app", "sha256:d2", 20)},
                             {{"app", "1", "sha256:d2"}}, true, 300);
        QCOMPARE(digestSet(repo, mine), (std::set<std::string>{"sha256:d1", "sha256:d2"}));
        QCOMPARE(db.scalar("SELECT count(*) FROM image_tags WHERE source_id = " + std::to_string(source)), 1);
        const auto rows = repo.rows(mine, Sort::Repository, false, 0, 10);
        for (const auto &r : rows)
            QCOMPARE(r.tags, std::string(r.digest == "sha256:d2" ? "1" : ""));
        // The other source was not touched by main's complete run.
        Filter theirs;
        theirs.sourceIds = {other};
        QCOMPARE(repo.count(theirs), std::int64_t(1));
        QCOMPARE(repo.rows(theirs, Sort::Repository, false, 0, 10).front().tags, std::string("1"));
        QCOMPARE(repo.rows(theirs, Sort::Repository, false, 0, 10).front().source, std::string("other"));

        // A complete run that found nothing empties the source.
        repo.writeCollection(source, runs.start(source, 400), {}, {}, true, 400);
        QCOMPARE(repo.count(mine), std::int64_t(0));
    }

    void writeInsideCallersTransaction()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        ImageRepository repo(db);
        {
            Transaction tx(db);
            repo.writeCollection(source, 0, {image("app", "sha256:a")}, {}, true, 1);
            // Not committed: the caller's rollback takes the images with it.
        }
        QCOMPARE(repo.count({}), std::int64_t(0));
        {
            Transaction tx(db);
            repo.writeCollection(source, 0, {image("app", "sha256:a")}, {}, true, 1);
            tx.commit();
        }
        QCOMPARE(repo.count({}), std::int64_t(1));
    }

    void multiPlatformIndexTags()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        ImageRepository repo(db);
        std::vector<CollectedImage> platforms;
        for (const char *p : {"linux/amd64", "linux/arm64/v8"}) {
            CollectedImage im = image("multi", std::string("sha256:") + (p[6] == 'a' && p[7] == 'm' ? "amd" : "arm"));
            im.indexDigest = "sha256:index";
            im.platform = p;
            platforms.push_back(im);
        }
        repo.writeCollection(source, 0, platforms, {{"multi", "v2", "sha256:index"}, {"multi", "latest", "sha256:index"},
                                                    {"multi", "amd-only", "sha256:amd"}},
                             true, 5);
        const auto rows = repo.rows({}, Sort::Repository, false, 0, 10);
        QCOMPARE(rows.size(), platforms.size());
        QCOMPARE(rows[0].platform, std::string("linux/amd64"));
        QCOMPARE(rows[0].tags, std::string("amd-only, latest, v2"));
        QCOMPARE(rows[1].platform, std::string("linux/arm64/v8"));
        QCOMPARE(rows[1].tags, std::string("latest, v2"));
        const auto d = repo.detail(rows[1].id);
        QVERIFY(d);
        QCOMPARE(d->indexDigest, std::string("sha256:index"));
        QCOMPARE(d->mediaType, platforms[1].mediaType);
        QVERIFY(!repo.detail(999999));
    }

    void countsJoinedByDigest()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        ImageRepository repo(db);
        // x: scanned by manifest digest. y: a platform of an index, scanned by index digest and
        // by config digest. z: never scanned.
        CollectedImage x = image("x", "sha256:x");
        CollectedImage y = image("y", "sha256:y");
        y.indexDigest = "sha256:yindex";
        CollectedImage z = image("z", "sha256:z");
        repo.writeCollection(source, 0, {x, y, z}, {}, true, 1000);

        const std::vector<Finding> onX{{"CVE-1", Severity::Critical}, {"CVE-2", Severity::High},
                                       {"CVE-3", Severity::High},     {"CVE-4", Severity::Low},
                                       {"CVE-5", Severity::Info},     {"CVE-6", Severity::Medium}};
        const std::vector<Finding> onYIndex{{"CVE-1", Severity::Critical}, {"CVE-7", Severity::Medium}};
        const std::vector<Finding> onYConfig{{"CVE-8", Severity::Medium}, {"CVE-9", Severity::Low}};
        importReport(db, x.digest, onX, 500);
        // A later scan of x without CVE-2: resolved, no longer counted.
        std::vector<Finding> rescan = onX;
        rescan.erase(rescan.begin() + 1);
        importReport(db, x.digest, rescan, 800);
        importReport(db, y.indexDigest, onYIndex, 600);
        importReport(db, y.configDigest, onYConfig, 700);
        // The collector's posture findings (rules bulkhead/...) and another scanner's check on x:
        // only the former are posture findings; neither is a vulnerability nor a vulnerability scan.
        const std::vector<Finding> posture{{"bulkhead/image-root-user", Severity::Medium, FindingKind::Misconfiguration},
                                           {"bulkhead/image-unsigned", Severity::High, FindingKind::Misconfiguration},
                                           {"bulkhead/image-secret-env", Severity::High, FindingKind::Secret}};
        importReport(db, x.digest, posture, 900, "bulkhead-registry", FindingKind::Misconfiguration);
        importReport(db, x.digest, {{"DS002", Severity::High, FindingKind::Misconfiguration}}, 950, "dockle",
                     FindingKind::Misconfiguration);

        struct Expected {
            std::array<int, 4> counts{}; // critical, high, medium, low
            std::int64_t lastScan = 0;
            int posture = 0;
        };
        auto tally = [](Expected &e, const std::vector<Finding> &list, std::int64_t scannedAt) {
            for (const Finding &f : list) {
                if (f.severity == Severity::Critical) ++e.counts[0];
                if (f.severity == Severity::High) ++e.counts[1];
                if (f.severity == Severity::Medium) ++e.counts[2];
                if (f.severity == Severity::Low) ++e.counts[3];
            }
            e.lastScan = std::max(e.lastScan, scannedAt);
        };
        std::map<std::string, Expected> expected;
        tally(expected[x.digest], rescan, 800);
        expected[x.digest].posture = int(std::count_if(posture.begin(), posture.end(), [](const Finding &f) {
            return f.rule.rfind("bulkhead/", 0) == 0;
        }));
        tally(expected[y.digest], onYIndex, 600);
        tally(expected[y.digest], onYConfig, 700);
        expected[z.digest];

        const auto rows = repo.rows({}, Sort::Repository, false, 0, 10);
        QCOMPARE(rows.size(), std::size_t(3));
        for (const auto &r : rows) {
            const Expected &e = expected.at(r.digest);
            QCOMPARE((std::array<int, 4>{r.critical, r.high, r.medium, r.low}), e.counts);
            QCOMPARE(r.lastScanAt, e.lastScan);
            QCOMPARE(r.postureFindings, e.posture);
            QCOMPARE(repo.lastScanAt({r.digest, r.digest == y.digest ? y.indexDigest : "",
                                      r.digest == y.digest ? y.configDigest : ""}),
                     e.lastScan);
        }
        QCOMPARE(repo.lastScanAt({}), std::int64_t(0));
        QCOMPARE(repo.lastScanAt({y.configDigest}), std::int64_t(700));

        Filter covered;
        covered.covered = true;
        QCOMPARE(digestSet(repo, covered), (std::set<std::string>{x.digest, y.digest}));
        covered.covered = false;
        QCOMPARE(digestSet(repo, covered), (std::set<std::string>{z.digest}));

        // Worst first: order the expectations the same way and compare the sequence.
        std::vector<std::pair<std::array<int, 4>, std::string>> worst;
        for (const auto &[digest, e] : expected)
            worst.emplace_back(e.counts, digest);
        std::sort(worst.begin(), worst.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const auto sorted = repo.rows({}, Sort::Vulnerabilities, true, 0, 10);
        QCOMPARE(sorted.size(), worst.size());
        for (std::size_t i = 0; i < worst.size(); ++i)
            QCOMPARE(sorted[i].digest, worst[i].second);
    }

    void filters()
    {
        Database db = Database::open(freshPath());
        const std::int64_t a = addSource(db, "a");
        const std::int64_t b = addSource(db, "b");
        ImageRepository repo(db);
        struct Spec {
            std::string repo, digest, user;
            bool config;
            int signature;
            bool sbom;
            std::int64_t source;
            std::string tag;
        };
        const std::vector<Spec> specs{
            {"team/web", "sha256:aa01", "", true, 0, false, a, "prod"},
            {"team/api", "sha256:aa02", "1000:1000", true, 2, true, a, "v1"},
            {"base/alpine", "sha256:bb03", "0:0", true, 3, false, a, "3.19"},
            {"base/debian", "sha256:bb04", "root:wheel", true, 1, true, b, "prod-old"},
            {"misc/noconfig", "sha256:cc05", "", false, 0, false, b, "x"},
            {"misc/nobody", "sha256:cc06", "nobody", true, 2, false, b, "y"},
            {"misc/rooty", "sha256:cc07", "rooty", true, 0, false, b, "z"}, // not root: a user named rooty
        };
        std::map<std::int64_t, std::vector<CollectedImage>> bySource;
        std::map<std::int64_t, std::vector<CollectedTag>> tagsBySource;
        for (const Spec &s : specs) {
            CollectedImage im = image(s.repo, s.digest);
            im.user = s.user;
            if (!s.config)
                im.configDigest.clear();
            im.signatureState = s.signature;
            if (s.sbom) {
                im.sbomFormat = "spdx";
                im.sbomDigest = "sha256:sbom-" + s.digest.substr(7);
            }
            bySource[s.source].push_back(im);
            tagsBySource[s.source].push_back({s.repo, s.tag, s.digest});
        }
        for (const auto &[source, list] : bySource)
            repo.writeCollection(source, 0, list, tagsBySource[source], true, 1);

        auto expect = [&](const std::function<bool(const Spec &)> &pred) {
            std::set<std::string> out;
            for (const Spec &s : specs)
                if (pred(s))
                    out.insert(s.digest);
            return out;
        };
        auto isRoot = [](const std::string &u) {
            return u.empty() || u == "0" || u == "root" || u.rfind("0:", 0) == 0 || u.rfind("root:", 0) == 0;
        };
        auto check = [&](const Filter &f, const std::set<std::string> &want) {
            QCOMPARE(digestSet(repo, f), want);
            QCOMPARE(repo.count(f), std::int64_t(want.size()));
        };

        Filter f;
        f.root = true;
        check(f, expect([&](const Spec &s) { return s.config && isRoot(s.user); }));
        f.root = false;
        check(f, expect([&](const Spec &s) { return s.config && !isRoot(s.user); }));
        f = {};
        f.signature = {0};
        check(f, expect([](const Spec &s) { return s.signature == 0; }));
        f.signature = {2, 3};
        check(f, expect([](const Spec &s) { return s.signature == 2 || s.signature == 3; }));
        f = {};
        f.hasSbom = true;
        check(f, expect([](const Spec &s) { return s.sbom; }));
        f.hasSbom = false;
        check(f, expect([](const Spec &s) { return !s.sbom; }));
        f = {};
        f.sourceIds = {b};
        check(f, expect([&](const Spec &s) { return s.source == b; }));
        f = {};
        f.text = "PROD"; // a tag, case-insensitive
        check(f, expect([](const Spec &s) { return s.tag.find("prod") != std::string::npos; }));
        f.text = "team/";
        check(f, expect([](const Spec &s) { return s.repo.find("team/") != std::string::npos; }));
        f.text = "sha256:bb";
        check(f, expect([](const Spec &s) { return s.digest.rfind("sha256:bb", 0) == 0; }));
        f.text = "%"; // no wildcard meaning
        check(f, {});
        // Filters combine with AND.
        f = {};
        f.sourceIds = {a};
        f.root = true;
        f.hasSbom = false;
        check(f, expect([&](const Spec &s) { return s.source == a && s.config && isRoot(s.user) && !s.sbom; }));
    }

    void sortsAndStablePages()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        ImageRepository repo(db);
        std::vector<CollectedImage> list;
        std::vector<CollectedTag> tags;
        const int n = 53;
        for (int i = 0; i < n; ++i) {
            CollectedImage im = image("repo" + std::to_string(i % 7), "sha256:" + std::to_string(1000 + i),
                                      (i * 37) % 11); // many equal sizes: ties must page stably
            im.layers = i % 5;
            im.created = 1000 + (i * 13) % 17;
            list.push_back(im);
            tags.push_back({im.repository, "t" + std::to_string(100 + (i * 29) % n), im.digest});
        }
        repo.writeCollection(source, 0, list, tags, true, 1);
        QCOMPARE(repo.count({}), std::int64_t(n));
        for (Sort key : {Sort::Repository, Sort::Tag, Sort::Created, Sort::Size, Sort::Layers, Sort::Signature,
                         Sort::Vulnerabilities, Sort::LastSeen}) {
            for (bool desc : {false, true}) {
                std::vector<ImageRepository::ImageRow> paged;
                for (int offset = 0; offset < n; offset += 8) {
                    const auto page = repo.rows({}, key, desc, offset, 8);
                    paged.insert(paged.end(), page.begin(), page.end());
                }
                QCOMPARE(int(paged.size()), n);
                const auto digests = digestsOf(paged);
                QCOMPARE(std::set<std::string>(digests.begin(), digests.end()).size(), std::size_t(n));
                QCOMPARE(digests, digestsOf(repo.rows({}, key, desc, 0, n)));
                for (std::size_t i = 0; i + 1 < paged.size(); ++i) {
                    const auto &p = paged[i];
                    const auto &q = paged[i + 1];
                    auto ordered = [&](auto l, auto r) { return desc ? l >= r : l <= r; };
                    if (key == Sort::Size)
                        QVERIFY(ordered(p.size, q.size));
                    if (key == Sort::Created)
                        QVERIFY(ordered(p.created, q.created));
                    if (key == Sort::Layers)
                        QVERIFY(ordered(p.layers, q.layers));
                    if (key == Sort::Repository)
                        QVERIFY(ordered(p.repository, q.repository));
                    if (key == Sort::Tag)
                        QVERIFY(ordered(p.tags, q.tags)); // one tag each here
                }
            }
        }
        QVERIFY(repo.rows({}, Sort::Size, false, n, 10).empty());
        QCOMPARE(int(repo.rows({}, Sort::Size, false, 0, 100000).size()), n); // capped at 500, n < 500
        QVERIFY(repo.rows({}, Sort::Size, false, -1, 10).empty());
    }

    // A few thousand images with scans on a tenth of them: deep pages of every sort are full, the
    // vulnerability sort puts the worst image first and a filtered count matches the input.
    void manyImages()
    {
        Database db = Database::open(freshPath());
        const std::int64_t source = addSource(db, "main");
        ImageRepository repo(db);
        const int n = 4000;
        std::vector<CollectedImage> list;
        std::vector<CollectedTag> tags;
        for (int i = 0; i < n; ++i) {
            CollectedImage im = image("team/repo" + std::to_string(i / 4), "sha256:img" + std::to_string(i), i);
            im.created = 1'700'000'000 - i;
            im.signatureState = i % 4;
            list.push_back(im);
            tags.push_back({im.repository, "v" + std::to_string(i % 4), im.digest});
        }
        repo.writeCollection(source, 0, list, tags, true, 1);
        std::vector<Finding> findings;
        for (int k = 0; k < 40; ++k)
            findings.push_back({"CVE-" + std::to_string(k), static_cast<Severity>(2 + k % 4)});
        for (int i = 0; i < n; i += 10)
            importReport(db, "sha256:img" + std::to_string(i), findings, 100 + i);

        // Deep pages of every sort are complete (timings belong in bench/, not here).
        for (Sort key : {Sort::Repository, Sort::Tag, Sort::Created, Sort::Vulnerabilities, Sort::LastSeen}) {
            for (int offset : {0, n / 2, n - 200}) {
                const auto page = repo.rows({}, key, true, offset, 200);
                QCOMPARE(int(page.size()), 200);
            }
        }
        const auto top = repo.rows({}, Sort::Vulnerabilities, true, 0, 1);
        QCOMPARE(top.front().critical, int(std::count_if(findings.begin(), findings.end(), [](const Finding &f) {
                     return f.severity == Severity::Critical;
                 })));
        Filter f;
        f.text = "repo99";
        f.covered = true;
        const std::int64_t c = repo.count(f);
        // repo99x: images 396..399 and 3960..3999; covered ones are multiples of 10.
        std::int64_t want = 0;
        for (int i = 0; i < n; ++i)
            want += (("team/repo" + std::to_string(i / 4)).find("repo99") != std::string::npos && i % 10 == 0);
        QCOMPARE(c, want);
    }
};

QTEST_GUILESS_MAIN(TestImageRepository)
#include "tst_imagerepository.moc"
