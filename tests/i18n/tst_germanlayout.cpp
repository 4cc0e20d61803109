// Layouts survive German (issue 10): with the German translations installed, the main window on a demo
// store shows every page (and every tab of a page) at its default size, 1280x800, without a page
// needing more room than the window gives it and without a label, button, check box or tool button
// whose text is wider than the widget (clipped text). Table headers whose section is narrower than its
// title are listed, not failed: the user can widen a column. The Settings dialog is checked the same
// way at its own size. With BULKHEAD_SCREENSHOT_DIR set, a PNG of every page, tab and Settings tab is
// saved there (docs/screenshots/de/ is made with it under Xvfb, see docs/screenshots/de/README).
#include "demo/demostore.h"
#include "i18n/translationloader.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "settings/settingsdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <cmath>

namespace ui = bulkhead::ui;

namespace {

// Text as drawn: "&Open" shows "Open", "&&" one ampersand; the widest line of several.
int textWidth(const QFontMetrics &fm, QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

// Where a widget is: its class and object name, and those of its named ancestors up to `top`.
QString describe(const QWidget *w, const QWidget *top)
{
    QStringList path;
    for (const QWidget *p = w; p && p != top; p = p->parentWidget()) {
        if (p == w || !p->objectName().isEmpty())
            path.prepend(QStringLiteral("%1%2").arg(QLatin1String(p->metaObject()->className()),
                                                    p->objectName().isEmpty() ? QString()
                                                                              : QLatin1Char('#') + p->objectName()));
    }
    return path.join(QStringLiteral(" > "));
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The width `label`'s text needs on one line.
int labelNeeds(const QLabel *label)
{
    if (!isRichText(label))
        return textWidth(label->fontMetrics(), label->text());
    QTextDocument doc;
    doc.setDefaultFont(label->font());
    doc.setDocumentMargin(0);
    doc.setHtml(label->text());
    return static_cast<int>(std::ceil(doc.idealWidth()));
}

// The width a button's text, icon, indicator and the style's margins need.
int buttonNeeds(const QAbstractButton *button)
{
    const QStyle *style = button->style();
    const int text = textWidth(button->fontMetrics(), button->text());
    const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    if (const auto *push = qobject_cast<const QPushButton *>(button)) {
        int needs = text + icon + style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
            + 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (push->menu())
            needs += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        return needs;
    }
    if (qobject_cast<const QCheckBox *>(button))
        return style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button) + text + icon;
    if (qobject_cast<const QRadioButton *>(button))
        return style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button) + text + icon;
    if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        Qt::ToolButtonStyle s = tool->toolButtonStyle();
        if (s == Qt::ToolButtonFollowStyle)
            s = static_cast<Qt::ToolButtonStyle>(style->styleHint(QStyle::SH_ToolButtonStyle, nullptr, button));
        int needs = 0;
        switch (s) {
        case Qt::ToolButtonIconOnly: return 0;
        case Qt::ToolButtonTextOnly: needs = text; break;
        case Qt::ToolButtonTextUnderIcon: needs = std::max(text, icon); break;
        default: needs = text + icon; break;
        }
        if (tool->popupMode() == QToolButton::MenuButtonPopup)
            needs += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        return needs + 6; // QCommonStyle's CT_ToolButton margin
    }
    return text + icon;
}

struct Problems {
    QStringList clipped; // fail
    QStringList headers; // listed
};

// Every visible label and button of `top` whose text does not fit, and every elided header section.
void collect(QWidget *top, const QString &where, Problems &out)
{
    constexpr int kSlack = 2; // rounding between the metrics used here and the style's
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || label->width() <= 0)
            continue;
        const int available = label->contentsRect().width() - 2 * label->margin();
        const int needs = labelNeeds(label);
        if (needs > available + kSlack)
            out.clipped << QStringLiteral("%1: %2 \"%3\" needs %4 px, has %5")
                               .arg(where, describe(label, top), label->text().left(100))
                               .arg(needs)
                               .arg(available);
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own (tool bar extension, tab bar scrollers)
        const int needs = buttonNeeds(button);
        if (needs > button->width() + kSlack)
            out.clipped << QStringLiteral("%1: %2 \"%3\" needs %4 px, has %5")
                               .arg(where, describe(button, top), button->text())
                               .arg(needs)
                               .arg(button->width());
    }
    for (QHeaderView *header : top->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            int needs = textWidth(header->fontMetrics(), title) + margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                needs += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            if (!title.isEmpty() && needs > header->sectionSize(section) + kSlack)
                out.headers << QStringLiteral("%1: %2 column \"%3\" needs %4 px, has %5")
                                   .arg(where, describe(header, top), title)
                                   .arg(needs)
                                   .arg(header->sectionSize(section));
        }
    }
}

// Tab widgets of `page` that are on screen, outermost first.
QList<QTabWidget *> visibleTabWidgets(QWidget *page)
{
    QList<QTabWidget *> tabs;
    for (QTabWidget *t : page->findChildren<QTabWidget *>()) {
        if (t->isVisible())
            tabs << t;
    }
    return tabs;
}

int minimumWidth(const QWidget *w)
{
    return w->minimumSizeHint().expandedTo(w->minimumSize()).width();
}

int minimumHeight(const QWidget *w)
{
    return w->minimumSizeHint().expandedTo(w->minimumSize()).height();
}

// Which widget asks for the room: from `page` down through the visible child with the largest minimum
// (width or height), while that child needs more than `limit`.
QString culprit(QWidget *page, bool wide, int limit)
{
    QStringList chain;
    QWidget *w = page;
    while (w && chain.size() < 12) {
        chain << QStringLiteral("%1 (min %2x%3)").arg(describe(w, page->parentWidget())).arg(minimumWidth(w)).arg(minimumHeight(w));
        QWidget *next = nullptr;
        int most = limit;
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isVisible() || child->isWindow())
                continue;
            const int m = wide ? minimumWidth(child) : minimumHeight(child);
            if (m > most) {
                most = m;
                next = child;
            }
        }
        w = next;
    }
    return chain.join(QStringLiteral("\n    > "));
}

// The page's content is bigger than the window gives it, so the layout squeezes it below its
// minimum (widgets overlap or are cut off) or the window grows past the screen. A page in a scroll area
// may be as big as it likes.
QString tooSmall(QWidget *page, const QString &where, const QSize &room)
{
    const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
    if (minimum.width() <= room.width() && minimum.height() <= room.height())
        return {};
    const bool wide = minimum.width() > room.width();
    return QStringLiteral("%1: needs at least %2x%3, the default window gives it %4x%5; the widest:\n    %6")
        .arg(where)
        .arg(minimum.width())
        .arg(minimum.height())
        .arg(room.width())
        .arg(room.height())
        .arg(culprit(page, wide, (wide ? room.width() : room.height()) / 2));
}

void settle(int ms)
{
    // The views load from the store on worker threads; give them time to answer and lay out.
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

} // namespace

class TestGermanLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_shots; // BULKHEAD_SCREENSHOT_DIR, or empty
    int m_wait = 1500;

    void save(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    static QString shotName(const ui::PageInfo &info)
    {
        // As the English screenshots in docs/screenshots are named.
        return info.id == ui::PageId::WeeklyReview ? QStringLiteral("weekly-review") : QString::fromLatin1(info.key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_germanlayout"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path() + QStringLiteral("/settings"));
        QSettings().clear();

        if (qEnvironmentVariableIsEmpty("BULKHEAD_TRANSLATIONS_DIR"))
            qputenv("BULKHEAD_TRANSLATIONS_DIR",
                     (QCoreApplication::applicationDirPath() + QStringLiteral("/../translations")).toLocal8Bit());
        const QString problem = bulkhead::i18n::installTranslations(QStringLiteral("de"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QLocale().language(), QLocale::German);

        m_shots = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QVERIFY(QDir().mkpath(m_shots));
        bool ok = false;
        if (const int wait = qEnvironmentVariableIntValue("BULKHEAD_LAYOUT_WAIT_MS", &ok); ok)
            m_wait = wait;

        m_store = m_dir.path() + QStringLiteral("/demo.db");
        bulkhead::demo::DemoOptions options;
        options.findings = qEnvironmentVariableIsSet("BULKHEAD_DEMO_FINDINGS")
            ? qEnvironmentVariableIntValue("BULKHEAD_DEMO_FINDINGS")
            : 4000;
        bulkhead::demo::writeDemoStore(m_store.toStdString(), options);
    }

    void pagesFitTheDefaultWindow()
    {
        ui::MainWindow w(m_store);
        QVERIFY(w.storeOpen());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1280, 800)); // the default size (no saved geometry)
        const QSize windowMinimum = w.minimumSizeHint();
        QVERIFY2(windowMinimum.width() <= 1280 && windowMinimum.height() <= 800,
                 qPrintable(QStringLiteral("the window needs %1x%2").arg(windowMinimum.width()).arg(windowMinimum.height())));

        Problems problems;
        QStringList cramped;
        // The sidebar is as wide as the longest page name.
        QListWidget *sidebar = w.sidebar();
        if (sidebar->sizeHintForColumn(0) > sidebar->viewport()->width())
            problems.clipped << QStringLiteral("sidebar: needs %1 px, has %2")
                                    .arg(sidebar->sizeHintForColumn(0))
                                    .arg(sidebar->viewport()->width());
        for (QToolBar *bar : w.findChildren<QToolBar *>()) {
            for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
                if (b->isVisible())
                    problems.clipped << QStringLiteral("tool bar %1: does not fit, the overflow button shows").arg(bar->objectName());
            }
        }
        for (QToolButton *b : w.menuBar()->findChildren<QToolButton *>(QStringLiteral("qt_menubar_ext_button"))) {
            if (b->isVisible())
                problems.clipped << QStringLiteral("menu bar: does not fit, the overflow button shows");
        }

        // The room a page has in the default window: the page area before any page could grow it.
        const QSize room = w.page(ui::PageId::Overview)->parentWidget()->size();
        for (const ui::PageInfo &info : ui::pageInfos()) {
            w.resize(1280, 800); // back to the default after a page that grew the window
            w.showPage(info.id);
            settle(m_wait);
            QWidget *page = w.page(info.id);
            QVERIFY(page->isVisible());
            const QString where = QStringLiteral("page %1").arg(QLatin1String(info.key));
            if (const QString small = tooSmall(page, where, room); !small.isEmpty())
                cramped << small;
            if (w.size() != QSize(1280, 800))
                cramped << QStringLiteral("%1: the window grew to %2x%3").arg(where).arg(w.width()).arg(w.height());
            collect(page, where, problems);
            save(&w, shotName(info));
            // Every tab of the page's tab widgets, too: each is a view of its own.
            for (QTabWidget *tabs : visibleTabWidgets(page)) {
                const int shown = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    if (i == shown || !tabs->isTabEnabled(i))
                        continue;
                    tabs->setCurrentIndex(i);
                    settle(m_wait / 2);
                    const QString tabWhere = QStringLiteral("%1, tab \"%2\"").arg(where, tabs->tabText(i));
                    if (const QString small = tooSmall(page, tabWhere, room); !small.isEmpty())
                        cramped << small;
                    collect(tabs->widget(i), tabWhere, problems);
                    save(&w, QStringLiteral("%1-tab%2").arg(shotName(info)).arg(i + 1));
                }
                tabs->setCurrentIndex(shown);
            }
        }
        if (!problems.headers.isEmpty())
            qInfo("%s", qPrintable(QStringLiteral("%1 table header(s) narrower than their German title:\n%2")
                                       .arg(problems.headers.size())
                                       .arg(problems.headers.join(QLatin1Char('\n')))));
        QVERIFY2(cramped.isEmpty(), qPrintable(cramped.join(QLatin1Char('\n'))));
        QVERIFY2(problems.clipped.isEmpty(),
                 qPrintable(QStringLiteral("%1 clipped text(s):\n%2")
                                .arg(problems.clipped.size())
                                .arg(problems.clipped.join(QLatin1Char('\n')))));
    }

    void settingsDialogFits()
    {
        ui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Problems problems;
        QStringList cramped;
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            settle(100);
            const QString where = QStringLiteral("settings, tab \"%1\"").arg(dialog.tabs()->tabText(i));
            if (const QString small = tooSmall(dialog.tabs()->widget(i), where, dialog.tabs()->currentWidget()->size());
                !small.isEmpty())
                cramped << small;
            collect(&dialog, where, problems);
            save(&dialog, QStringLiteral("settings-tab%1").arg(i + 1));
        }
        // The dialog fits a 1280x800 screen.
        QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 800,
                 qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        QVERIFY2(cramped.isEmpty(), qPrintable(cramped.join(QLatin1Char('\n'))));
        QVERIFY2(problems.clipped.isEmpty(), qPrintable(problems.clipped.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGermanLayout)
#include "tst_germanlayout.moc"
