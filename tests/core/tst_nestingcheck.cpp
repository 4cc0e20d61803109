// The nesting pre-check must agree with a plain byte-by-byte reading of JSON, whatever the
// alignment of brackets, quotes and escapes relative to its 16-byte blocks.
#include "importers/nestingcheck.h"

#include <QtTest>

#include <random>
#include <string>

using bulkhead::findNestingOverflow;

namespace {

// Reference: the obvious loop.
std::size_t reference(const std::string &s, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return SIZE_MAX;
}

} // namespace

class TestNestingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleCases()
    {
        QCOMPARE(findNestingOverflow("{}", 2, 1), SIZE_MAX);
        QCOMPARE(findNestingOverflow("[[]]", 4, 1), std::size_t(1));
        const std::string inString = "{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}";
        QCOMPARE(findNestingOverflow(inString.data(), inString.size(), 2), SIZE_MAX);
        const std::string escapedQuote = "{\"a\":\"x\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\",\"b\":[[[[1]]]]}";
        // "{" is level 1, so with a limit of 3 the third "[" is the first too deep.
        QCOMPARE(findNestingOverflow(escapedQuote.data(), escapedQuote.size(), 3), escapedQuote.find("[[[[1") + 2);
        const std::string escapedBackslash = "{\"a\":\"x\\\\\",\"b\":[[[[1]]]]}";
        QCOMPARE(findNestingOverflow(escapedBackslash.data(), escapedBackslash.size(), 3), escapedBackslash.find("[[[[1") + 2);
    }

    void agreesWithReferenceOnRandomJsonLikeText()
    {
        std::mt19937 rng(42);
        const char alphabet[] = "[]{}\"\\ab ,:";
        int overflows = 0;
        for (int round = 0; round < 3000; ++round) {
            std::string s(static_cast<std::size_t>(rng() % 200), ' ');
            for (char &c : s)
                c = alphabet[rng() % (sizeof alphabet - 1)];
            const int maxDepth = static_cast<int>(rng() % 6) + 1;
            const std::size_t expected = reference(s, maxDepth);
            overflows += expected != SIZE_MAX;
            QCOMPARE(findNestingOverflow(s.data(), s.size(), maxDepth), expected);
        }
        QVERIFY(overflows > 100); // the random texts really exercised both outcomes
        QVERIFY(overflows < 2900);
    }
};

QTEST_APPLESS_MAIN(TestNestingCheck)
#include "tst_nestingcheck.moc"
