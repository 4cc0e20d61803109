#include "drills/drillruneditor.h"

#include "drills/addactiondialog.h"
#include "drills/drillactionsmodel.h"
#include "drills/drillitemsmodel.h"
#include "drills/drillsstore.h"
#include "drills/drillstext.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    if (buddy)
        label->setBuddy(buddy);
    return label;
}

QString plain(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

DrillRunEditor::DrillRunEditor(DrillsStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("runSaveState"));
    m_saveState->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_body = new QWidget(this);
    m_participants = new QLineEdit(m_body);
    m_participants->setObjectName(QStringLiteral("runParticipantsField"));
    m_participants->setPlaceholderText(tr("Who took part, comma-separated"));
    m_incident = new QPlainTextEdit(m_body);
    m_incident->setObjectName(QStringLiteral("runIncident"));
    m_incident->setPlaceholderText(tr("What happened: timeline, impact, how it was found, which controls failed"));
    m_incident->setTabChangesFocus(true);
    m_incident->setMaximumHeight(110);
    m_incidentLabel = sectionLabel(tr("In&cident"), m_incident, m_body);

    m_itemsModel = new DrillItemsModel(this);
    m_items = makeTable(QStringLiteral("runItems"));
    m_items->setModel(m_itemsModel);
    m_items->horizontalHeader()->setSectionResizeMode(DrillItemsModel::DoneColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->resizeSection(DrillItemsModel::TextColumn, 380);
    m_items->horizontalHeader()->resizeSection(DrillItemsModel::EvidenceColumn, 220);
    m_items->setWordWrap(true);
    m_items->setToolTip(tr("Space ticks the current item off; F2 or typing edits evidence and notes"));

    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(QStringLiteral("runNotes"));
    m_notes->setPlaceholderText(tr("What went well, what did not, decisions taken"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_actionsModel = new DrillActionsModel(this);
    m_actions = makeTable(QStringLiteral("runActions"));
    m_actions->setModel(m_actionsModel);
    m_actions->horizontalHeader()->resizeSection(DrillActionsModel::DoneColumn, 100);
    m_actions->horizontalHeader()->resizeSection(DrillActionsModel::TextColumn, 340);
    m_actions->horizontalHeader()->resizeSection(DrillActionsModel::OwnerColumn, 120);
    m_actions->horizontalHeader()->resizeSection(DrillActionsModel::DueColumn, 150);
    // Room for a handful of actions; the checklist takes the rest of the height.
    m_actions->setMaximumHeight(m_actions->verticalHeader()->defaultSectionSize() * 5
                                + m_actions->horizontalHeader()->sizeHint().height() + 4);
    m_actions->setToolTip(tr("Space marks the current action done; F2 or typing edits a cell"));
    m_addAction = new QPushButton(tr("&Add action…"), m_body);
    m_addAction->setObjectName(QStringLiteral("runAddAction"));
    m_complete = new QPushButton(tr("Co&mplete run"), this);
    m_complete->setObjectName(QStringLiteral("runComplete"));
    m_complete->setToolTip(tr("Every checklist item must be done, or carry a note why it was not"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Participants:"), m_participants);
    auto *actionsHeader = new QHBoxLayout;
    actionsHeader->addWidget(sectionLabel(tr("Acti&on items"), m_actions, m_body), 1);
    actionsHeader->addWidget(m_addAction);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form);
    body->addWidget(m_incidentLabel);
    body->addWidget(m_incident);
    body->addWidget(sectionLabel(tr("Check&list"), m_items, m_body));
    body->addWidget(m_items, 3);
    body->addWidget(sectionLabel(tr("&Notes"), m_notes, m_body));
    body->addWidget(m_notes);
    body->addLayout(actionsHeader);
    body->addWidget(m_actions, 1);

    // Complete and its answer at the top: always in sight, however long the checklist.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_saveState, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_complete, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(titleRow);
    layout->addWidget(m_message);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body, 1);

    // Tab walks the run top to bottom (DrillsView sets the chain once the editor is in place);
    // the tables leave on Tab instead of moving between cells.
    m_items->installEventFilter(this);
    m_actions->installEventFilter(this);
    m_incident->installEventFilter(this);
    m_notes->installEventFilter(this);
    connect(m_participants, &QLineEdit::editingFinished, this, &DrillRunEditor::saveFields);
    connect(m_itemsModel, &DrillItemsModel::itemEdited, this, [this] {
        m_run.items = m_itemsModel->items();
        updateHeader();
        saveRun();
    });
    connect(m_actionsModel, &DrillActionsModel::actionEdited, this, &DrillRunEditor::saveAction);
    connect(m_actionsModel, &DrillActionsModel::invalidInput, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_addAction, &QPushButton::clicked, this, &DrillRunEditor::openAddActionDialog);
    connect(m_complete, &QPushButton::clicked, this, &DrillRunEditor::complete);

    showNothing(tr("Choose a drill to see its runs."));
}

QTableView *DrillRunEditor::makeTable(const QString &name)
{
    auto *table = new QTableView(m_body);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * 5);
    return table;
}

void DrillRunEditor::setNow(std::int64_t now)
{
    m_now = now;
}

void DrillRunEditor::showNothing(const QString &message)
{
    saveFields();
    m_run = DrillRun{};
    m_title->setText(QString());
    m_title->hide();
    m_saveState->clear();
    m_placeholder->setText(message);
    m_placeholder->show();
    m_body->hide();
    m_complete->hide();
    showMessage(QString(), false);
}

void DrillRunEditor::showRun(const DrillRun &run, const QString &drillName, DrillKind kind,
                             const std::vector<std::string> &controls)
{
    // What was typed into the run shown so far belongs to it: saved now (queued before any later
    // read). A reload of the same run (F5, a collection finishing) keeps the typed text, which the
    // store gets with that save, instead of the older text the reload read.
    saveFields();
    const bool sameRun = run.id == m_run.id;
    if (sameRun && run.status == DrillRunStatus::InProgress) {
        const DrillRun typed = m_run;
        m_run = run;
        m_run.participants = typed.participants;
        m_run.incident = typed.incident;
        m_run.notes = typed.notes;
    } else {
        m_run = run;
    }
    m_drillName = drillName;
    m_kind = kind;
    m_controls = controls;
    const std::int64_t now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    const bool completed = run.status == DrillRunStatus::Completed;

    m_placeholder->hide();
    m_title->show();
    m_body->show();
    m_complete->show();
    m_participants->setText(drillstext::joinNames(m_run.participants));
    m_participants->setReadOnly(completed);
    m_incidentLabel->setVisible(kind == DrillKind::PostIncident);
    m_incident->setVisible(kind == DrillKind::PostIncident);
    if (m_incident->toPlainText().trimmed() != plain(m_run.incident))
        m_incident->setPlainText(plain(m_run.incident));
    m_incident->setReadOnly(completed);
    if (m_notes->toPlainText().trimmed() != plain(m_run.notes))
        m_notes->setPlainText(plain(m_run.notes)); // unchanged text keeps the cursor where it is
    m_notes->setReadOnly(completed);
    m_itemsModel->setItems(run.items, completed);
    m_items->resizeRowsToContents(); // the built-in items are sentences: wrapped, whole
    m_actionsModel->setActions(run.actions, now);
    m_complete->setEnabled(!completed);
    m_complete->setText(completed ? tr("Completed") : tr("Co&mplete run"));
    if (!sameRun) {
        setSaveState(completed ? tr("Completed: action items stay editable")
                               : tr("Changes are saved as you make them"),
                     false);
        showMessage(QString(), false);
    }
    updateHeader();
}

void DrillRunEditor::updateHeader()
{
    if (m_run.id == 0)
        return;
    const QString state = m_run.status == DrillRunStatus::Completed
        ? tr("completed %1").arg(drillstext::dateText(m_run.completedAt))
        : tr("in progress");
    m_title->setText(tr("%1 — run of %2 · %3 · %4")
                         .arg(m_drillName, drillstext::dateText(m_run.heldOn), state, drillstext::progressText(m_run)));
}

bool DrillRunEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        // Space ticks the current row off whichever cell is current (a table would otherwise start
        // editing the cell with a blank).
        if (watched == m_items) {
            m_itemsModel->toggle(m_items->currentIndex().row());
            return true;
        }
        if (watched == m_actions) {
            m_actionsModel->toggle(m_actions->currentIndex().row());
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && (watched == m_incident || watched == m_notes))
        saveFields();
    return QWidget::eventFilter(watched, event);
}

void DrillRunEditor::saveFields()
{
    if (m_run.id == 0 || m_run.status == DrillRunStatus::Completed)
        return;
    const std::vector<std::string> participants = drillstext::splitNames(m_participants->text());
    const std::string incident = m_incident->toPlainText().trimmed().toStdString();
    const std::string notes = m_notes->toPlainText().trimmed().toStdString();
    if (participants == m_run.participants && incident == m_run.incident && notes == m_run.notes)
        return;
    m_run.participants = participants;
    m_run.incident = incident;
    m_run.notes = notes;
    saveRun();
}

void DrillRunEditor::saveRun()
{
    const DrillRun run = m_run;
    ++m_saving;
    setSaveState(tr("Saving…"), false);
    QPointer<DrillRunEditor> self(this);
    m_store->call<bool>([run](DrillRepository &repo) {
        repo.updateRun(run);
        return true;
    }, [self](bool, QString error) {
        if (self && self->writeAnswered(error))
            Q_EMIT self->saved();
    });
}

void DrillRunEditor::saveAction(const DrillAction &action)
{
    ++m_saving;
    setSaveState(tr("Saving…"), false);
    QPointer<DrillRunEditor> self(this);
    m_store->call<bool>([action](DrillRepository &repo) {
        repo.updateAction(action);
        return true;
    }, [self, action](bool, QString error) {
        if (!self || !self->writeAnswered(error))
            return;
        for (DrillAction &a : self->m_run.actions) {
            if (a.id == action.id)
                a = action;
        }
        Q_EMIT self->saved();
        Q_EMIT self->actionsChanged();
    });
}

void DrillRunEditor::openAddActionDialog()
{
    if (m_run.id == 0)
        return;
    const std::int64_t now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    auto *dialog = new AddActionDialog(m_controls, now, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addAction(dialog->action()); });
    dialog->open();
}

void DrillRunEditor::addAction(const DrillAction &action)
{
    if (m_run.id == 0)
        return;
    DrillAction a = action;
    a.runId = m_run.id;
    a.createdAt = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    ++m_saving;
    setSaveState(tr("Saving…"), false);
    QPointer<DrillRunEditor> self(this);
    m_store->call<std::int64_t>([a](DrillRepository &repo) { return repo.addAction(a); },
                                [self](std::int64_t, QString error) {
                                    if (!self || !self->writeAnswered(error))
                                        return;
                                    self->reloadRun();
                                    Q_EMIT self->actionsChanged();
                                });
}

void DrillRunEditor::reloadRun()
{
    const std::int64_t id = m_run.id;
    QPointer<DrillRunEditor> self(this);
    m_store->call<std::optional<DrillRun>>([id](DrillRepository &repo) { return repo.run(id); },
                                           [self, id](std::optional<DrillRun> run, QString error) {
                                               if (!self || self->m_run.id != id)
                                                   return;
                                               if (!error.isEmpty()) {
                                                   self->showMessage(error, true);
                                                   return;
                                               }
                                               if (run)
                                                   self->showRun(*run, self->m_drillName, self->m_kind,
                                                                 self->m_controls);
                                               Q_EMIT self->saved();
                                           });
}

void DrillRunEditor::complete()
{
    if (m_run.id == 0 || m_run.status == DrillRunStatus::Completed)
        return;
    saveFields(); // queued before the completion: the store judges what is on screen
    const std::int64_t id = m_run.id;
    const std::int64_t now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    showMessage(tr("Completing…"), false);
    QPointer<DrillRunEditor> self(this);
    m_store->call<bool>([id, now](DrillRepository &repo) {
        repo.completeRun(id, now);
        return true;
    }, [self, id](bool, QString error) {
        if (!self)
            return;
        if (error.isEmpty()) {
            self->showMessage(tr("Run completed."), false);
            Q_EMIT self->runCompleted(id);
            return;
        }
        QString text = tr("Not completed: %1").arg(error);
        if (self->m_run.id == id) {
            const QStringList missing = drillstext::unexplainedItems(self->m_run);
            if (!missing.isEmpty())
                text += QLatin1Char('\n')
                    + tr("Tick these off, or say in their notes why they were not done: %1")
                          .arg(missing.join(QStringLiteral("; ")));
        }
        self->showMessage(text, true);
        Q_EMIT self->completionRefused(text);
    });
}

bool DrillRunEditor::writeAnswered(const QString &error)
{
    --m_saving;
    if (!error.isEmpty()) {
        setSaveState(tr("Not saved: %1").arg(error), true);
        Q_EMIT saveFailed(error);
        return false;
    }
    if (m_saving == 0)
        setSaveState(tr("All changes saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                     false);
    return true;
}

void DrillRunEditor::setSaveState(const QString &text, bool error)
{
    m_saveState->setText(text);
    m_saveState->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_saveState->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
}

void DrillRunEditor::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace bulkhead::ui
