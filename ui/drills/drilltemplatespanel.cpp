#include "drills/drilltemplatespanel.h"

#include "drills/drillsstore.h"
#include "drills/drillstext.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A key the store has not seen: user templates are "user-" + a base-36 timestamp in milliseconds.
std::string newUserKey()
{
    return "user-" + QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toStdString();
}

} // namespace

DrillTemplatesPanel::DrillTemplatesPanel(DrillsStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templatesList"));
    m_list->setAccessibleName(tr("Drill templates"));
    m_new = new QPushButton(tr("&New template"), this);
    m_new->setObjectName(QStringLiteral("templatesNew"));
    m_copy = new QPushButton(tr("Co&py to my templates"), this);
    m_copy->setObjectName(QStringLiteral("templatesCopy"));
    m_copy->setToolTip(tr("A copy of the chosen template that you can change; built-in templates stay as shipped"));
    m_schedule = new QPushButton(tr("Sched&ule drill…"), this);
    m_schedule->setObjectName(QStringLiteral("templatesSchedule"));

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("templatesSaveState"));
    m_saveState->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyNote = new QLabel(tr("Built-in template: read-only. Copy it to your templates to change it."), this);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_kind = new QComboBox(this);
    m_kind->addItem(drillstext::kindTitle(DrillKind::Tabletop), int(DrillKind::Tabletop));
    m_kind->addItem(drillstext::kindTitle(DrillKind::PostIncident), int(DrillKind::PostIncident));
    m_cadence = new QSpinBox(this);
    m_cadence->setRange(0, 3650);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setSpecialValueText(tr("On demand"));
    m_controls = new QLineEdit(this);
    m_controls->setObjectName(QStringLiteral("templateControls"));
    m_controls->setPlaceholderText(tr("Control ids it exercises, e.g. SEC-3 SUP-4"));
    m_scenario = new QPlainTextEdit(this);
    m_scenario->setObjectName(QStringLiteral("templateScenario"));
    m_scenario->setTabChangesFocus(true);
    m_scenario->setMaximumHeight(120);
    m_checklist = new QPlainTextEdit(this);
    m_checklist->setObjectName(QStringLiteral("templateChecklist"));
    m_checklist->setTabChangesFocus(true);
    m_checklist->setPlaceholderText(tr("One checklist item per line"));
    // One item, one line: wrapped items would blur where one ends and the next begins.
    m_checklist->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_copy);
    leftLayout->addLayout(buttons);

    auto *form = new QFormLayout;
    form->addRow(tr("Titl&e:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Suggested &cadence:"), m_cadence);
    form->addRow(tr("C&ontrols:"), m_controls);
    form->addRow(tr("Scen&ario:"), m_scenario);
    form->addRow(tr("Check&list:"), m_checklist);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_heading, 1);
    titleRow->addWidget(m_saveState);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addStretch(1);
    scheduleRow->addWidget(m_schedule);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_readOnlyNote);
    rightLayout->addLayout(form, 1);
    rightLayout->addLayout(scheduleRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        saveFields(); // the template left behind keeps what was typed
        showCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &DrillTemplatesPanel::newTemplate);
    connect(m_copy, &QPushButton::clicked, this, &DrillTemplatesPanel::copyCurrent);
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        if (const std::int64_t id = currentId())
            Q_EMIT scheduleRequested(id);
    });
    connect(m_title, &QLineEdit::editingFinished, this, &DrillTemplatesPanel::saveFields);
    connect(m_controls, &QLineEdit::editingFinished, this, &DrillTemplatesPanel::saveFields);
    connect(m_cadence, &QSpinBox::editingFinished, this, &DrillTemplatesPanel::saveFields);
    connect(m_kind, &QComboBox::activated, this, &DrillTemplatesPanel::saveFields);
    m_scenario->installEventFilter(this);
    m_checklist->installEventFilter(this);
    showCurrent();
}

bool DrillTemplatesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_scenario || watched == m_checklist))
        saveFields();
    return QWidget::eventFilter(watched, event);
}

void DrillTemplatesPanel::setTemplates(const std::vector<DrillTemplate> &templates)
{
    const bool created = m_selectAfterLoad != 0;
    const std::int64_t keep = created ? m_selectAfterLoad : currentId();
    m_selectAfterLoad = 0;
    m_templates = templates;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (std::size_t i = 0; i < m_templates.size(); ++i) {
        const DrillTemplate &t = m_templates[i];
        auto *item = new QListWidgetItem(
            t.builtin ? tr("%1 (built-in)").arg(QString::fromStdString(t.title)) : QString::fromStdString(t.title), m_list);
        item->setData(kIdRole, QVariant::fromValue<qint64>(t.id));
        item->setToolTip(drillstext::kindTitle(t.kind));
        if (t.id == keep)
            row = static_cast<int>(i);
    }
    if (!m_templates.empty())
        m_list->setCurrentRow(row);
    // A reload while a field is being edited (its own save answered) leaves the field alone.
    QWidget *focus = QApplication::focusWidget();
    const bool editing = focus && focus != m_list && isAncestorOf(focus);
    if (currentId() != m_shownId || !editing)
        showCurrent();
    if (created)
        setSaveState(tr("Created; every change is saved as you leave a field"), false);
}

std::int64_t DrillTemplatesPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).value<qint64>() : 0;
}

void DrillTemplatesPanel::setCurrentId(std::int64_t id)
{
    for (int r = 0; r < m_list->count(); ++r) {
        if (m_list->item(r)->data(kIdRole).value<qint64>() == id)
            m_list->setCurrentRow(r);
    }
}

const DrillTemplate *DrillTemplatesPanel::current() const
{
    const std::int64_t id = currentId();
    for (const DrillTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void DrillTemplatesPanel::showCurrent()
{
    const DrillTemplate *t = current();
    m_filling = true;
    if ((t ? t->id : 0) != m_shownId)
        m_saveState->clear(); // it spoke of the template shown before
    m_shownId = t ? t->id : 0;
    const bool editable = t && !t->builtin;
    m_heading->setText(t ? QString::fromStdString(t->title) : tr("No template"));
    m_readOnlyNote->setVisible(t && t->builtin);
    m_title->setText(t ? QString::fromStdString(t->title) : QString());
    m_kind->setCurrentIndex(t && t->kind == DrillKind::PostIncident ? 1 : 0);
    m_cadence->setValue(t ? t->cadenceDays : 90);
    QStringList controls, checklist;
    if (t) {
        for (const std::string &c : t->controls)
            controls << QString::fromStdString(c);
        for (const std::string &c : t->checklist)
            checklist << QString::fromStdString(c);
    }
    m_controls->setText(controls.join(QLatin1Char(' ')));
    m_scenario->setPlainText(t ? QString::fromStdString(t->scenario) : QString());
    m_checklist->setPlainText(checklist.join(QLatin1Char('\n')));
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_controls})
        static_cast<QLineEdit *>(w)->setReadOnly(!editable);
    m_scenario->setReadOnly(!editable);
    m_checklist->setReadOnly(!editable);
    m_kind->setEnabled(editable);
    m_cadence->setReadOnly(!editable);
    m_copy->setEnabled(t != nullptr);
    m_schedule->setEnabled(t != nullptr);
    m_filling = false;
}

DrillTemplate DrillTemplatesPanel::fromFields() const
{
    DrillTemplate t = current() ? *current() : DrillTemplate{};
    t.title = m_title->text().trimmed().toStdString();
    t.kind = static_cast<DrillKind>(m_kind->currentData().toInt());
    t.cadenceDays = m_cadence->value();
    t.controls.clear();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString &c : m_controls->text().split(separators, Qt::SkipEmptyParts))
        t.controls.push_back(c.toUpper().toStdString());
    t.scenario = m_scenario->toPlainText().trimmed().toStdString();
    t.checklist.clear();
    for (const QString &line : m_checklist->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            t.checklist.push_back(line.trimmed().toStdString());
    }
    return t;
}

void DrillTemplatesPanel::saveFields()
{
    const DrillTemplate *t = current();
    if (m_filling || !t || t->builtin || t->id != m_shownId)
        return;
    const DrillTemplate edited = fromFields();
    if (edited.title == t->title && edited.kind == t->kind && edited.cadenceDays == t->cadenceDays
        && edited.controls == t->controls && edited.scenario == t->scenario && edited.checklist == t->checklist)
        return;
    setSaveState(tr("Saving…"), false);
    QPointer<DrillTemplatesPanel> self(this);
    m_store->call<bool>([edited](DrillRepository &repo) {
        repo.updateTemplate(edited);
        return true;
    }, [self, edited](bool, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            // The fields keep what was typed, so that it can be corrected.
            self->setSaveState(tr("Not saved: %1").arg(error), true);
            Q_EMIT self->saveFailed(error);
            return;
        }
        for (DrillTemplate &t : self->m_templates) {
            if (t.id == edited.id)
                t = edited;
        }
        if (QListWidgetItem *item = self->m_list->currentItem(); item && self->currentId() == edited.id) {
            item->setText(QString::fromStdString(edited.title));
            self->m_heading->setText(QString::fromStdString(edited.title));
        }
        self->setSaveState(tr("All changes saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                           false);
        Q_EMIT self->saved();
        Q_EMIT self->templatesChanged();
    });
}

void DrillTemplatesPanel::newTemplate()
{
    DrillTemplate t;
    t.title = tr("New drill template").toStdString();
    t.scenario = tr("The situation the team walks through.").toStdString();
    t.checklist = {tr("Who is told first, and how?").toStdString()};
    createTemplate(t);
}

void DrillTemplatesPanel::copyCurrent()
{
    const DrillTemplate *t = current();
    if (!t)
        return;
    DrillTemplate copy = *t;
    copy.title = tr("%1 (our version)").arg(QString::fromStdString(t->title)).toStdString();
    createTemplate(copy);
}

void DrillTemplatesPanel::createTemplate(const DrillTemplate &t)
{
    saveFields();
    DrillTemplate fresh = t;
    fresh.id = 0;
    fresh.builtin = false;
    if (fresh.key.empty() || fresh.key.rfind("user-", 0) != 0)
        fresh.key = newUserKey();
    setSaveState(tr("Saving…"), false);
    QPointer<DrillTemplatesPanel> self(this);
    m_store->call<std::int64_t>([fresh](DrillRepository &repo) { return repo.addTemplate(fresh); },
                                [self](std::int64_t id, QString error) {
                                    if (!self)
                                        return;
                                    if (!error.isEmpty()) {
                                        self->setSaveState(tr("Not created: %1").arg(error), true);
                                        Q_EMIT self->saveFailed(error);
                                        return;
                                    }
                                    self->m_selectAfterLoad = id; // chosen when the view reads them again
                                    Q_EMIT self->saved();
                                    Q_EMIT self->templatesChanged();
                                });
}

void DrillTemplatesPanel::setSaveState(const QString &text, bool error)
{
    m_saveState->setText(text);
    m_saveState->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

} // namespace bulkhead::ui
