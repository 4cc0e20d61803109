// Attestations (schema v8, append-only): a write read back field by field with the files' SHA-256
// computed here with OpenSSL (the repository uses Qt's hash) and their bytes round-tripped, history
// newest first, the newest per control and the attestations expiring in a window against
// expectations computed here from generated input, withdrawal, the defaults for unset times and
// author, the store's triggers refusing UPDATE and DELETE, and the writes the repository refuses
// (unknown control, no evidence, expiry not after the attestation, a file over 20 MiB, a link
// with white space, a read-only store) leaving nothing behind.
#include "controls/attestation.h"
#include "store/attestationrepository.h"
#include "store/attestationrules.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "testsupport.h"
#include "util/osuser.h"

#include <QTemporaryDir>

#include <openssl/evp.h>

#include <chrono>
#include <map>
#include <random>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'750'000'000;
constexpr std::int64_t kMiB = 1024 * 1024;

std::string opensslSha256(const std::string &bytes)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
        return {};
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < len; ++i)
        out.append(1, hex[md[i] >> 4]).append(1, hex[md[i] & 0xf]);
    return out;
}

Attestation attestation(const std::string &control, AttestationStatus status, std::int64_t at,
                        std::int64_t expires, const std::string &evidence = "etcd encryption config reviewed")
{
    Attestation a;
    a.control = control;
    a.status = status;
    a.evidence = evidence;
    a.attestedBy = "alice";
    a.attestedAt = at;
    a.expiresAt = expires;
    return a;
}

std::int64_t rows(const Database &db)
{
    return db.scalar("SELECT count(*) FROM attestations") + db.scalar("SELECT count(*) FROM attestation_files");
}

} // namespace

class TestAttestationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    std::string newPath() { return (m_dir.path() + "/a" + QString::number(m_next++) + ".db").toStdString(); }

private slots:
    void statusNamesRoundTrip()
    {
        for (AttestationStatus s : {AttestationStatus::Pass, AttestationStatus::Partial, AttestationStatus::Fail,
                                    AttestationStatus::Withdrawn}) {
            QVERIFY(!attestationStatusName(s).empty());
            QCOMPARE(attestationStatusFromName(attestationStatusName(s)), std::optional<AttestationStatus>(s));
        }
        QCOMPARE(attestationStatusName(AttestationStatus::Partial), std::string_view("partial"));
        QVERIFY(!attestationStatusFromName("Pass"));
        QVERIFY(!attestationStatusFromName("attested"));
    }

    void rulesNameTheFileAndTheControls()
    {
        QCOMPARE(attestationFileTooLarge("backup.tar", 31 * kMiB),
                 std::string("evidence file backup.tar is 31 MiB; the limit is 20 MiB"));
        QCOMPARE(attestationFileTooLarge("a", 20 * kMiB + 1), std::string("evidence file a is 20.1 MiB; the limit is 20 MiB"));
        QVERIFY(isAttestableControl("SEC-4"));
        QVERIFY(isAttestableControl("INC-3"));
        QVERIFY(!isAttestableControl("sec-4"));
        QVERIFY(!isAttestableControl("SEC-6"));
        QVERIFY(!isAttestableControl(""));
    }

    void writesAndReadsBackEveryField()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        Attestation a = attestation("SEC-4", AttestationStatus::Partial, kNow, kNow + 90 * kDay,
                                    "  etcd encryption at rest on prod; staging pending  ");
        a.links = {"https://wiki.example/etcd-encryption", "  https://tickets.example/SEC-123 ", ""};
        // Binary bytes with NULs, a text file, an empty file, and a name with a directory.
        std::string binary;
        std::mt19937 rng(8);
        for (int i = 0; i < 70000; ++i)
            binary.push_back(static_cast<char>(rng() & 0xff));
        binary[10] = '\0';
        const std::vector<AttestationFileInput> files{
            {"/home/alice/evidence/etcd-config.yaml.gz", binary}, {"notes.txt", "abc"}, {"empty.log", ""}};
        const std::int64_t id = repo.add(a, files);
        QVERIFY(id > 0);

        const std::optional<Attestation> back = repo.find(id);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        QCOMPARE(back->control, std::string("SEC-4"));
        QCOMPARE(back->status, AttestationStatus::Partial);
        QCOMPARE(back->evidence, std::string("etcd encryption at rest on prod; staging pending"));
        QCOMPARE(back->links, (std::vector<std::string>{"https://wiki.example/etcd-encryption",
                                                         "https://tickets.example/SEC-123"}));
        QCOMPARE(back->attestedBy, std::string("alice"));
        QCOMPARE(back->attestedAt, kNow);
        QCOMPARE(back->expiresAt, kNow + 90 * kDay);
        QCOMPARE(back->files.size(), files.size());
        // The SHA-256 of "abc" is FIPS 180-2's example; the others are computed here with OpenSSL.
        QCOMPARE(opensslSha256("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::vector<std::string> names{"etcd-config.yaml.gz", "notes.txt", "empty.log"};
        for (std::size_t i = 0; i < files.size(); ++i) {
            const AttestationFile &f = back->files[i];
            QCOMPARE(f.name, names[i]);
            QCOMPARE(f.size, static_cast<std::int64_t>(files[i].bytes.size()));
            QCOMPARE(f.sha256, opensslSha256(files[i].bytes));
            const std::optional<std::string> content = repo.fileContent(f.id);
            QVERIFY(content);
            QCOMPARE(content->size(), files[i].bytes.size());
            QVERIFY(*content == files[i].bytes);
        }
        QVERIFY(!repo.fileContent(back->files.back().id + 1000));
        QVERIFY(!repo.find(id + 1));

        // Another connection, read-only, reads the same (what the GUI's loaders do).
        const Database reader = Database::open(db.path(), Database::Access::ReadOnly);
        const AttestationRepository readOnly(reader);
        QCOMPARE(readOnly.history("SEC-4").size(), std::size_t(1));
        QCOMPARE(readOnly.history("SEC-4").front().files.size(), files.size());
        QVERIFY(*readOnly.fileContent(back->files[1].id) == "abc");
    }

    void historyIsNewestFirstAndPerControl()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        // Added out of order: history follows attested_at, then id for a tie.
        const std::int64_t second = repo.add(attestation("RUN-4", AttestationStatus::Fail, kNow + 10 * kDay,
                                                         kNow + 100 * kDay), {});
        const std::int64_t first = repo.add(attestation("RUN-4", AttestationStatus::Pass, kNow, kNow + 100 * kDay), {});
        const std::int64_t third = repo.add(attestation("RUN-4", AttestationStatus::Withdrawn, kNow + 10 * kDay,
                                                        kNow + 11 * kDay, ""), {});
        repo.add(attestation("RUN-6", AttestationStatus::Pass, kNow, kNow + kDay), {});
        std::vector<std::int64_t> ids;
        for (const Attestation &a : repo.history("RUN-4"))
            ids.push_back(a.id);
        QCOMPARE(ids, (std::vector<std::int64_t>{third, second, first}));
        QVERIFY(repo.history("SEC-1").empty());
        QVERIFY(repo.history("NOPE-1").empty());
    }

    // Generated attestations over a few controls; the newest per control and the expiring ones
    // computed here from the input.
    void newestPerControlAndExpiringMatchTheInput()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        const std::vector<std::string> controls{"RUN-4", "RUN-6", "SEC-2", "SEC-4", "SUP-4", "INC-1"};
        std::mt19937 rng(42);
        std::map<std::string, Attestation> newest; // by control: largest (attestedAt, id)
        std::map<std::int64_t, int> fileCount;
        for (int i = 0; i < 120; ++i) {
            const std::string &control = controls[rng() % (controls.size() - 1)]; // INC-1 never attested
            const auto status = static_cast<AttestationStatus>(rng() % 4);
            const std::int64_t at = kNow - static_cast<std::int64_t>(rng() % 40) * kDay; // ties are likely
            const std::int64_t expires = at + (1 + static_cast<std::int64_t>(rng() % 80)) * kDay;
            Attestation a = attestation(control, status, at, expires, "evidence " + std::to_string(i));
            std::vector<AttestationFileInput> files;
            for (unsigned f = 0; f < rng() % 3; ++f)
                files.push_back({"f" + std::to_string(i) + "-" + std::to_string(f) + ".txt", std::to_string(i * 7 + f)});
            a.id = repo.add(a, files);
            fileCount[a.id] = static_cast<int>(files.size());
            auto it = newest.find(control);
            if (it == newest.end() || std::tie(at, a.id) > std::tie(it->second.attestedAt, it->second.id))
                newest[control] = a;
        }

        const std::vector<Attestation> got = repo.newestPerControl();
        QCOMPARE(got.size(), newest.size());
        for (const Attestation &a : got) {
            QVERIFY2(newest.count(a.control), a.control.c_str());
            const Attestation &want = newest.at(a.control);
            QCOMPARE(a.id, want.id);
            QCOMPARE(a.status, want.status);
            QCOMPARE(a.evidence, want.evidence);
            QCOMPARE(a.expiresAt, want.expiresAt);
            QCOMPARE(static_cast<int>(a.files.size()), fileCount.at(a.id));
        }

        // Windows across the generated expiries: valid at `from` and expiring before `to`.
        std::size_t expiring = 0;
        for (const auto &[fromDay, toDay] : std::vector<std::pair<int, int>>{{0, 14}, {-10, 5}, {3, 60}, {0, 1}}) {
            const std::int64_t from = kNow + fromDay * kDay, to = kNow + toDay * kDay;
            std::set<std::int64_t> want;
            for (const auto &[control, a] : newest) {
                if (a.validAt(from) && a.expiresAt < to)
                    want.insert(a.id);
            }
            std::set<std::int64_t> have;
            for (const Attestation &a : repo.expiringBetween(from, to)) {
                have.insert(a.id);
                QCOMPARE(static_cast<int>(a.files.size()), fileCount.at(a.id));
            }
            QCOMPARE(have, want);
            expiring += want.size();
        }
        QVERIFY(expiring > 0); // the seed gives windows that hold some
    }

    void withdrawingEndsTheAttestation()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        repo.add(attestation("SUP-4", AttestationStatus::Pass, kNow, kNow + 300 * kDay), {});
        QCOMPARE(repo.expiringBetween(kNow + kDay, kNow + 400 * kDay).size(), std::size_t(1));
        // A withdrawal needs no evidence text.
        const std::int64_t w = repo.add(attestation("SUP-4", AttestationStatus::Withdrawn, kNow + kDay,
                                                    kNow + 366 * kDay, ""), {});
        const std::vector<Attestation> newest = repo.newestPerControl();
        QCOMPARE(newest.size(), std::size_t(1));
        QCOMPARE(newest.front().id, w);
        QCOMPARE(newest.front().status, AttestationStatus::Withdrawn);
        QVERIFY(!newest.front().validAt(kNow + 2 * kDay));
        QVERIFY(repo.expiringBetween(kNow + 2 * kDay, kNow + 400 * kDay).empty());
        QCOMPARE(repo.history("SUP-4").size(), std::size_t(2));
    }

    void unsetTimesAndAuthorTakeTheDefaults()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        Attestation a = attestation("RUN-6", AttestationStatus::Pass, 0, 0);
        a.attestedBy.clear();
        const auto clock = [] {
            return std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
        const std::int64_t before = clock();
        const std::int64_t id = repo.add(a, {});
        const std::int64_t after = clock();
        const Attestation back = *repo.find(id);
        QVERIFY(back.attestedAt >= before && back.attestedAt <= after);
        QCOMPARE(back.expiresAt, back.attestedAt + 365 * kDay);
        QCOMPARE(back.attestedBy, osUserName());
    }

    void triggersRefuseUpdateAndDelete()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        const std::int64_t id = repo.add(attestation("SEC-2", AttestationStatus::Pass, kNow, kNow + kDay),
                                         {{"proof.txt", "external-secrets in use"}});
        const std::int64_t fileId = repo.find(id)->files.front().id;
        for (const std::string &sql : std::vector<std::string>{
             "UPDATE attestations SET status = 'fail' WHERE id = " + std::to_string(id),
              "UPDATE attestations SET expires_at = expires_at + 1000",
              "DELETE FROM attestations WHERE id = " + std::to_string(id),
              "DELETE FROM attestations",
              "UPDATE attestation_files SET content = x'00' WHERE id = " + std::to_string(fileId),
              "DELETE FROM attestation_files"}) {
            bool refused = false;
            try {
                db.exec(sql);
            } catch (const StoreError &e) {
                refused = std::string(e.what()).find("append-only") != std::string::npos;
            }
            QVERIFY2(refused, sql.c_str());
        }
        const Attestation back = *repo.find(id);
        QCOMPARE(back.status, AttestationStatus::Pass);
        QCOMPARE(back.expiresAt, kNow + kDay);
        QVERIFY(*repo.fileContent(fileId) == "external-secrets in use");
    }

    void refusesWhatIsWrongAndWritesNothing()
    {
        Database db = Database::open(newPath());
        AttestationRepository repo(db);
        const std::string over(20 * kMiB + 1, 'x');
        struct Case {
            const char *name;
            Attestation a;
            std::vector<AttestationFileInput> files;
            std::string message; // a part the error must contain
        };
        Attestation badLink = attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay);
        badLink.links = {"https://ok.example", "https://wiki.example/a page"};
        const std::vector<Case> cases{
            {"unknown control", attestation("SEC-99", AttestationStatus::Pass, kNow, kNow + kDay), {}, "SEC-99"},
            {"lower-case id", attestation("sec-4", AttestationStatus::Pass, kNow, kNow + kDay), {}, "sec-4"},
            {"empty evidence", attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay, ""), {}, "evidence"},
            {"blank evidence", attestation("SEC-4", AttestationStatus::Fail, kNow, kNow + kDay, " \n\t"), {}, "evidence"},
            {"expiry equal", attestation("SEC-4", AttestationStatus::Pass, kNow, kNow), {}, "expire"},
            {"expiry before", attestation("SEC-4", AttestationStatus::Pass, kNow, kNow - kDay), {}, "expire"},
            {"file too large",
             attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay),
             {{"small.txt", "fine"}, {"/tmp/etcd-backup.tar", over}},
             "evidence file /tmp/etcd-backup.tar is 20.1 MiB; the limit is 20 MiB"},
            {"file without a name",
             attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay), {{"dir/", "x"}}, "no name"},
            {"link with a space", badLink, {}, "https://wiki.example/a page"},
        };
        for (const Case &c : cases) {
            QString message;
            try {
                repo.add(c.a, c.files);
            } catch (const StoreError &e) {
                message = QString::fromUtf8(e.what());
            }
            QVERIFY2(message.contains(QString::fromStdString(c.message)),
                     qPrintable(QStringLiteral("%1: \"%2\"").arg(QString::fromUtf8(c.name), message)));
        }
        QCOMPARE(rows(db), 0);

        // Exactly 20 MiB is allowed.
        const std::string limit(20 * kMiB, 'y');
        const std::int64_t id = repo.add(attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay),
                                         {{"limit.bin", limit}});
        QCOMPARE(repo.find(id)->files.front().size, 20 * kMiB);
        QCOMPARE(repo.find(id)->files.front().sha256, opensslSha256(limit));

        // A repository over a read-only connection cannot write.
        const Database reader = Database::open(db.path(), Database::Access::ReadOnly);
        AttestationRepository readOnly(reader);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 readOnly.add(attestation("SEC-4", AttestationStatus::Pass, kNow, kNow + kDay), {}));
        QCOMPARE(rows(db), 2);
    }
};

QTEST_GUILESS_MAIN(TestAttestationRepository)
#include "tst_attestationrepository.moc"
