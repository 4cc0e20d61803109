// The secrets inventory CSV: a good file (any column order and header spelling, quoted fields with
// commas, "" and line breaks, CRLF, BOM, dates and RFC 3339 times, optional policy_days, unknown
// columns), and bad files: every problem named with its file and line, and nothing returned.
// Expected rows and times come from the test's own tables and QDateTime, not from the parser.

#include "secrettesttime.h"
#include "testsupport.h"

#include "secrets/inventorycsv.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace bulkhead;

namespace {

using test::isoSecs;

struct Expected {
    const char *name, *owner, *store, *rotatedIso;
    int policyDays; // -1: none
};

bool contains(const std::vector<std::string> &errors, const std::string &text)
{
    return std::any_of(errors.begin(), errors.end(), [&](const std::string &e) { return e == text; });
}

QByteArray joined(const std::vector<std::string> &errors)
{
    std::string all;
    for (const std::string &e : errors)
        all += e + '\n';
    return QByteArray::fromStdString(all);
}

} // namespace

class TestInventoryCsv : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const char *name, const std::string &bytes)
    {
        const std::string path = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    // A bad file: the errors are exactly `expected` (in any order) and no record comes back.
    void expectErrors(const char *file, const std::string &bytes, const std::vector<std::string> &expected)
    {
        const InventoryParse p = parseInventoryCsv(write(file, bytes), "inv");
        QVERIFY2(p.records.empty(), joined(p.errors).constData());
        QCOMPARE(p.errorCount, int(expected.size()));
        for (const std::string &e : expected)
            QVERIFY2(contains(p.errors, e), (e + "\n-- got --\n" + joined(p.errors).toStdString()).c_str());
    }

private slots:
    void goodFile()
    {
        const Expected rows[] = {
            {"stripe-live", "Payments, EU team", "aws-sm", "2024-03-01", 30},
            {"db \"main\"", "dba", "aws-sm", "2024-05-02T10:15:00Z", -1},
            {"ldap-bind", "identity\nteam", "on-prem", "2024-06-01T12:00:00+02:00", 0},
            {"stripe-live", "payments", "gcp-sm", "2023-12-31", 365}, // same name, other store
        };
        // BOM, CRLF, columns out of order, headers as a spreadsheet writes them, an unknown column,
        // a trailing blank line.
        std::string csv = "\xEF\xBB\xBF" "Last Rotated,NAME,notes,Store,owner,policy-days\r\n";
        csv += "2024-03-01,stripe-live,\"has, a comma\",aws-sm,\"Payments, EU team\",30\r\n";
        csv += "2024-05-02T10:15:00Z,\"db \"\"main\"\"\",,aws-sm,dba,\r\n";
        csv += "2024-06-01T12:00:00+02:00,ldap-bind,x, on-prem ,\"identity\nteam\",0\r\n";
        csv += "2023-12-31,stripe-live,,gcp-sm,payments,365\r\n\r\n";
        const InventoryParse p = parseInventoryCsv(write("team-secrets.csv", csv), "");
        QVERIFY2(p.errors.empty(), joined(p.errors).constData());
        QCOMPARE(p.errorCount, 0);
        QCOMPARE(p.rows, int(std::size(rows)));
        QCOMPARE(p.records.size(), std::size(rows));
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            const SecretRecord &r = p.records[i];
            const Expected &e = rows[i];
            QCOMPARE(r.store, SecretStoreKind::Inventory);
            QCOMPARE(r.origin, std::string("team-secrets")); // the file's base name by default
            QCOMPARE(r.name, std::string(e.name));
            QCOMPARE(r.owner, std::string(e.owner));
            QCOMPARE(r.location, std::string(e.store));
            QCOMPARE(r.type, std::string());
            QCOMPARE(r.ageSource, AgeSource::Inventory);
            QCOMPARE(r.lastChangeAt, isoSecs(e.rotatedIso));
            QCOMPARE(r.declaredPolicyDays.has_value(), e.policyDays >= 0);
            if (e.policyDays >= 0)
                QCOMPARE(*r.declaredPolicyDays, e.policyDays);
        }
        // A name given wins over the file's.
        QCOMPARE(parseInventoryCsv(write("x.csv", csv), "vendor list").records.at(0).origin, std::string("vendor list"));
    }

    void plainLfAndOnlyRequiredColumns()
    {
        const InventoryParse p = parseInventoryCsv(write("min.csv", "name,store,last_rotated\na,s,2024-01-01\nb,s,2024-01-02"), "m");
        QVERIFY2(p.errors.empty(), joined(p.errors).constData());
        QCOMPARE(p.records.size(), std::size_t(2));
        QCOMPARE(p.records[1].lastChangeAt, isoSecs("2024-01-02T00:00:00Z"));
        QVERIFY(p.records[1].owner.empty());
    }

    void badDate()
    {
        expectErrors("inventory.csv",
                     "name,store,last_rotated\nok,s,2024-01-01\nbad,s,2024-13-01\nworse,s,01/02/2024\n",
                     {"inventory.csv line 3: last_rotated \"2024-13-01\" is not a date (YYYY-MM-DD or RFC 3339)",
                      "inventory.csv line 4: last_rotated \"01/02/2024\" is not a date (YYYY-MM-DD or RFC 3339)"});
    }

    void lineNumbersCountLineBreaksInsideQuotes()
    {
        // The quoted owner spans lines 2-4, so the bad row starts on line 5.
        expectErrors("multi.csv", "name,owner,store,last_rotated\na,\"x\ny\nz\",s,2024-01-01\nb,o,s,2024-02-30\n",
                     {"multi.csv line 5: last_rotated \"2024-02-30\" is not a date (YYYY-MM-DD or RFC 3339)"});
    }

    void missingColumns()
    {
        expectErrors("cols.csv", "name,owner,rotated\na,b,2024-01-01\n",
                     {"cols.csv: missing column store", "cols.csv: missing column last_rotated"});
        expectErrors("twice.csv", "name,store,last_rotated,Name\na,s,2024-01-01,b\n",
                     {"twice.csv line 1: column name appears twice"});
    }

    void duplicates()
    {
        expectErrors("dup.csv", "name,store,last_rotated\na,s1,2024-01-01\na,s2,2024-01-01\nb,s1,2024-01-01\na,s1,2024-02-01\n",
                     {"dup.csv line 5: store \"s1\" name \"a\" repeats line 2"});
    }

    void emptyRequiredCells()
    {
        expectErrors("empty.csv", "name,store,last_rotated,policy_days\n,s,2024-01-01,\na, ,,7\nb,s\n",
                     {"empty.csv line 2: name is empty", "empty.csv line 3: store is empty",
                      "empty.csv line 3: last_rotated is empty", "empty.csv line 4: last_rotated is empty"});
    }

    void badCells()
    {
        expectErrors("cells.csv",
                     "name,store,last_rotated,policy_days\na,s,2024-01-01,30d\nb,s,2024-01-01,-1\n"
                     "c,s,2024-01-01,1,extra\nd,s,\"2024-01-01\"x\ne,s,2024-01-01,\"7\n",
                     {"cells.csv line 2: policy_days \"30d\" is not a whole number of days from 0 to 36500",
                      "cells.csv line 3: policy_days \"-1\" is not a whole number of days from 0 to 36500",
                      "cells.csv line 4: 5 fields, the header names 4 (a comma in an unquoted cell?)",
                      "cells.csv line 5: text after a closing quote", "cells.csv line 6: a quoted field is not closed"});
        expectErrors("latin1.csv", "name,store,last_rotated\ncaf\xE9,s,2024-01-01\n", {"latin1.csv line 2: not UTF-8 text"});
    }

    void unreadableAndEmptyFiles()
    {
        const InventoryParse missing = parseInventoryCsv(m_dir.filePath(QStringLiteral("absent.csv")).toStdString(), "");
        QCOMPARE(missing.errorCount, 1);
        QVERIFY2(missing.errors.at(0).starts_with("absent.csv: cannot be read ("), missing.errors.at(0).c_str());
        QVERIFY(missing.records.empty());
        expectErrors("blank.csv", "\xEF\xBB\xBF\r\n\r\n", {"blank.csv: no header line (the file is empty)"});
    }

    void errorsAreCapped()
    {
        const int bad = 150;
        std::string csv = "name,store,last_rotated\n";
        for (int i = 0; i < bad; ++i)
            csv += "n" + std::to_string(i) + ",s,never\n";
        const InventoryParse p = parseInventoryCsv(write("many.csv", csv), "");
        QCOMPARE(p.errorCount, bad);
        QCOMPARE(p.errors.size(), std::size_t(100));
        QCOMPARE(p.rows, bad);
        QVERIFY(p.records.empty());
        QCOMPARE(p.errors.back(), std::string("many.csv line 101: last_rotated \"never\" is not a date (YYYY-MM-DD or RFC 3339)"));
    }

    void inventoryNames()
    {
        QCOMPARE(inventoryNameForFile("/data/team-secrets.csv"), std::string("team-secrets"));
        QCOMPARE(inventoryNameForFile("vendor.list.csv"), std::string("vendor.list"));
        QCOMPARE(inventoryNameForFile("plain"), std::string("plain"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCsv)
#include "tst_inventorycsv.moc"
