// The catalog's translatable texts: controlcatalogtext.cpp lists every title, practice, assessment
// and attestationHint of resources/controls.json (with the translator's comment the loader passes),
// so that lupdate sees them and the catalog and the list cannot drift apart; and a translation
// installed in the "ControlCatalog" context reaches every text field but nothing else.
#include "controls/controlcatalogtext.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTranslator>

#include <set>
#include <utility>

using namespace bulkhead;

namespace {

constexpr const char *kFields[] = {"title", "practice", "assessment", "attestationHint"};

QByteArray builtinJson()
{
    QFile f(QStringLiteral(":/bulkhead/controls.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the controls catalog");
    return f.readAll();
}

// Marks every text of the "ControlCatalog" context with its comment: "[BLD-3 title] Sign images".
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *comment, int) const override
    {
        if (qstrcmp(context, "ControlCatalog") != 0)
            return {};
        return QStringLiteral("[%1] %2").arg(QString::fromUtf8(comment), QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestControlCatalogText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every catalog text is listed with its comment, and nothing else is listed: a text edited in
    // controls.json without regenerating controlcatalogtext.cpp fails here.
    void listMatchesCatalog()
    {
        std::set<std::pair<std::string, std::string>> listed;
        for (const CatalogText &t : controlCatalogTexts())
            QVERIFY2(listed.emplace(t.source, t.comment).second, t.source);
        std::set<std::pair<std::string, std::string>> inCatalog;
        const QJsonArray controls = QJsonDocument::fromJson(builtinJson()).object().value("controls").toArray();
        QVERIFY(controls.size() > 20);
        for (const QJsonValue &value : controls) {
            const QJsonObject c = value.toObject();
            const std::string id = c.value("id").toString().toStdString();
            for (const char *field : kFields) {
                const std::string text = c.value(QLatin1String(field)).toString().toStdString();
                if (text.empty())
                    continue;
                const std::pair<std::string, std::string> entry{text, catalogTextComment(id, field)};
                inCatalog.insert(entry);
                QVERIFY2(listed.count(entry),
                         (id + " " + field + " is missing from core/controls/controlcatalogtext.cpp (regenerate "
                                             "it and run translations/update.sh core): "
                          + text)
                             .c_str());
            }
        }
        for (const auto &entry : listed)
            QVERIFY2(inCatalog.count(entry), ("listed but not in controls.json: " + entry.first).c_str());
    }

    // Without a translation the catalog reads as controls.json says (tests and CI run so).
    void untranslatedIsEnglish()
    {
        std::string error;
        const std::optional<ControlCatalog> catalog = ControlCatalog::fromJson(builtinJson().toStdString(), &error);
        QVERIFY2(catalog, error.c_str());
        const ControlCatalog translated = catalog->translated();
        QCOMPARE(translated.controls().size(), catalog->controls().size());
        for (std::size_t i = 0; i < translated.controls().size(); ++i) {
            const ControlDefinition &a = catalog->controls()[i], &b = translated.controls()[i];
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.practice, a.practice);
            QCOMPARE(b.assessment, a.assessment);
            QCOMPARE(b.attestationHint, a.attestationHint);
        }
        const ControlDefinition *bld3 = ControlCatalog::builtin().find("BLD-3");
        QVERIFY(bld3);
        QCOMPARE(bld3->title, std::string("Sign images, verify before deployment"));
    }

    // An installed translation reaches each text field with the comment lupdate recorded for it;
    // id, area, weight and mode stay.
    void translationReachesTheTexts()
    {
        std::string error;
        const std::optional<ControlCatalog> catalog = ControlCatalog::fromJson(builtinJson().toStdString(), &error);
        QVERIFY2(catalog, error.c_str());
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const ControlCatalog translated = catalog->translated();
        QCoreApplication::removeTranslator(&marking);
        for (std::size_t i = 0; i < translated.controls().size(); ++i) {
            const ControlDefinition &a = catalog->controls()[i], &b = translated.controls()[i];
            QCOMPARE(b.id, a.id);
            QVERIFY(b.area == a.area);
            QCOMPARE(b.weight, a.weight);
            QVERIFY(b.attestation == a.attestation);
            QCOMPARE(b.title, "[" + a.id + " title] " + a.title);
            QCOMPARE(b.practice, "[" + a.id + " practice] " + a.practice);
            QCOMPARE(b.assessment, "[" + a.id + " assessment] " + a.assessment);
            if (a.attestationHint.empty())
                QVERIFY(b.attestationHint.empty());
            else
                QCOMPARE(b.attestationHint, "[" + catalogTextComment(a.id, "attestationHint") + "] " + a.attestationHint);
        }
    }
};

QTEST_GUILESS_MAIN(TestControlCatalogText)
#include "tst_controlcatalogtext.moc"
