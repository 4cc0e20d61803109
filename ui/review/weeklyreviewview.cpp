#include "review/weeklyreviewview.h"

#include "common/loadstatestack.h"
#include "common/pagewidgets.h"
#include "i18n/localeformat.h"
#include "review/coveragebanner.h"
#include "review/reviewsectionwidget.h"
#include "review/scoredeltapanel.h"
#include "review/signoffdialog.h"
#include "review/signoffhistorylist.h"
#include "review/weeklyreviewloader.h"
#include "review/weeklyreviewtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

// qint64, not std::int64_t: lupdate (6.4) takes a namespace-scope `std::` constant for the qualification of
// the tr() calls after it and files them under no context it can resolve.
constexpr qint64 kDay = 86400;
constexpr qint64 kExpiryWindow = 14 * kDay; // as ReviewDiff's acceptance and attestation lists

// A control's status change as a review row that opens the control on the Controls page.
std::vector<ReviewItem> controlItems(const std::vector<ControlChange> &changes)
{
    std::vector<ReviewItem> out;
    out.reserve(changes.size());
    for (const ControlChange &c : changes) {
        ReviewItem item;
        item.title = c.control;
        item.detail = QObject::tr("%1 → %2")
                          .arg(weeklytext::status(c.before), weeklytext::status(c.after))
                          .toStdString();
        item.page = "controls";
        item.filter = "control=" + c.control;
        out.push_back(std::move(item));
    }
    return out;
}

struct SectionText {
    const char *title;
    const char *explanation;
    const char *showAll; // empty: no page lists the section as a whole
};

// In Section order.
const SectionText kSectionTexts[WeeklyReviewView::kSectionCount] = {
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "New critical and high findings"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "First seen since the baseline."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Show in Findings")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Resolved critical and high findings"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView",
                       "No longer reported by a newer complete scan. A source that stopped reporting resolves "
                       "nothing: see coverage."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Show resolved in Findings")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Control status changes"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Controls whose status differs from the baseline."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Open Controls")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "RBAC bindings new or changed"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView",
                       "Created or changed since the baseline, or since their last review."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Open RBAC")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Secrets that became overdue"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Their rotation fell due since the baseline."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Show overdue secrets")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Risk acceptances expiring"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView",
                       "Ending within 14 days: renew them or their findings reopen."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Show in Findings")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Attestations expiring"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView",
                       "Ending within 14 days: after that their controls are not assessed."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Open Controls")},
    {QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Drills and actions due"),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView",
                       "Drills overdue or due within 14 days, and drill actions past their due date."),
     QT_TRANSLATE_NOOP("bulkhead::ui::WeeklyReviewView", "Open Drills")},
};

} // namespace

WeeklyReviewView::WeeklyReviewView(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_storePath(storePath), m_loader(new WeeklyReviewLoader(storePath, this))
{
    connect(m_loader, &WeeklyReviewLoader::loaded, this, &WeeklyReviewView::onLoaded);
    connect(m_loader, &WeeklyReviewLoader::failed, this, &WeeklyReviewView::onFailed);

    m_pages = new LoadStateStack(tr("Comparing with the baseline…"), tr("Nothing to review yet"),
                                 tr("The review could not be built"), buildContent(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->emptyText()->setText(tr("The weekly review compares the posture now with the last sign-off. Import "
                                     "scanner reports or collect a registry, cluster or vault first: every import "
                                     "and collection takes a snapshot, and the review starts from those."));
    connect(m_pages->retryButton(), &QPushButton::clicked, this, &WeeklyReviewView::refresh);
}

WeeklyReviewView::~WeeklyReviewView() = default;

void WeeklyReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The diff assesses every control: worth building only when looked at.
    if (m_request == 0 || m_stale)
        refresh();
}

QWidget *WeeklyReviewView::buildContent()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);

    QHBoxLayout *header = makePageHeader(tr("Weekly review"), m_baseline, m_busy, content);
    m_baseline->setObjectName(QStringLiteral("reviewBaseline"));

    auto *compare = new QLabel(tr("&Compare with:"), content);
    m_baselineChoice = new QComboBox(content);
    m_baselineChoice->setObjectName(QStringLiteral("reviewBaselineChoice"));
    m_baselineChoice->addItem(tr("The last sign-off"));
    m_baselineChoice->addItem(tr("A date"));
    compare->setBuddy(m_baselineChoice);
    m_sinceDate = new QDateEdit(content);
    m_sinceDate->setObjectName(QStringLiteral("reviewSinceDate"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
    m_sinceDate->setAccessibleName(tr("Compare with the newest snapshot at or before this date"));
    m_sinceDate->setDate(QDate::currentDate().addDays(-7));
    m_sinceDate->setEnabled(false);
    m_signOffButton = new QPushButton(tr("Sign off…"), content);
    m_signOffButton->setObjectName(QStringLiteral("reviewSignOff"));
    m_signOffButton->setToolTip(tr("Record that the review was held, with notes; the next review starts here."));
    m_signOffButton->setEnabled(false);
    connect(m_baselineChoice, &QComboBox::currentIndexChanged, this, &WeeklyReviewView::onBaselineChosen);
    connect(m_sinceDate, &QDateEdit::dateChanged, this, &WeeklyReviewView::onBaselineChosen);
    connect(m_signOffButton, &QPushButton::clicked, this, &WeeklyReviewView::signOff);
    for (QWidget *w : std::initializer_list<QWidget *>{compare, m_baselineChoice, m_sinceDate})
        header->addWidget(w, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addWidget(m_signOffButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_coverage = new CoverageBanner(content);
    layout->addWidget(m_coverage);
    m_score = new ScoreDeltaPanel(content);
    layout->addWidget(m_score);
    createSections(content);
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    for (int i = 0; i < kSectionCount; ++i)
        grid->addWidget(m_sections[static_cast<std::size_t>(i)], i / 2, i % 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *historyCard = new QFrame(content);
    styleAsCard(historyCard, QStringLiteral("reviewHistoryCard"));
    auto *h = new QVBoxLayout(historyCard);
    h->setContentsMargins(12, 10, 12, 10);
    h->addWidget(makeBoldLabel(tr("Sign-offs"), 1.1, historyCard));
    m_history = new SignoffHistoryList(historyCard);
    m_history->setMinimumHeight(140);
    m_historyEmpty = makeHint(tr("No review signed off yet."), historyCard);
    h->addWidget(m_history);
    h->addWidget(m_historyEmpty);
    layout->addWidget(historyCard);
    layout->addStretch(1);
    return content;
}

void WeeklyReviewView::createSections(QWidget *content)
{
    for (int i = 0; i < kSectionCount; ++i) {
        const SectionText &t = kSectionTexts[i];
        auto *section = new ReviewSectionWidget(tr(t.title), tr(t.explanation), content);
        section->setObjectName(QStringLiteral("reviewSection%1").arg(i));
        section->setShowAllText(tr(t.showAll));
        const auto id = static_cast<Section>(i);
        connect(section, &ReviewSectionWidget::linkActivated, this, &WeeklyReviewView::openLink);
        connect(section, &ReviewSectionWidget::showAllRequested, this, [this, id] { showAll(id); });
        m_sections[static_cast<std::size_t>(i)] = section;
    }
}

std::int64_t WeeklyReviewView::now() const
{
    return m_now ? m_now : QDateTime::currentSecsSinceEpoch();
}

void WeeklyReviewView::setNow(std::int64_t now)
{
    m_now = now;
    const QSignalBlocker block(m_sinceDate);
    m_sinceDate->setDate(QDateTime::fromSecsSinceEpoch(this->now() - 7 * kDay).date());
    refresh();
}

void WeeklyReviewView::setSince(std::int64_t since)
{
    {
        const QSignalBlocker blockChoice(m_baselineChoice);
        const QSignalBlocker blockDate(m_sinceDate);
        m_baselineChoice->setCurrentIndex(since == 0 ? 0 : 1);
        if (since != 0)
            m_sinceDate->setDate(QDateTime::fromSecsSinceEpoch(since).date());
        m_sinceDate->setEnabled(since != 0);
    }
    m_since = since;
    refresh();
}

void WeeklyReviewView::onBaselineChosen()
{
    const bool byDate = m_baselineChoice->currentIndex() == 1;
    m_sinceDate->setEnabled(byDate);
    // A date means from the start of that day, local time: the snapshots of that day count as after it.
    m_since = byDate ? m_sinceDate->date().startOfDay().toSecsSinceEpoch() : 0;
    refresh();
}

void WeeklyReviewView::refresh()
{
    if (!isVisible()) {
        m_stale = true; // imports and collections refresh every page; this one waits to be shown
        return;
    }
    m_stale = false;
    m_request = m_loader->load(m_since, now());
    m_signOffButton->setEnabled(false); // until the review it would sign is shown
    if (m_hasContent)
        m_busy->show();
    else
        m_pages->showState(State::Loading);
}

void WeeklyReviewView::onLoaded(quint64 request, const WeeklyReviewData &data)
{
    if (request != m_request)
        return;
    m_busy->hide();
    m_data = data;
    if (data.storeMissing) {
        m_hasContent = false;
        m_pages->showState(State::Empty);
        Q_EMIT refreshed();
        return;
    }
    const ReviewDiff &d = data.diff;
    m_baseline->setText(weeklytext::baseline(d, data.requestedSince, !data.history.empty()));
    m_baseline->setToolTip(tr("Built in %1 ms").arg(data.elapsedMs));
    m_coverage->setChanges(d.coverage);
    m_score->setDiff(d);
    section(Section::NewFindings)->setItems(d.newFindings, d.newFindingsTotal);
    section(Section::ResolvedFindings)->setItems(d.resolvedFindings, d.resolvedFindingsTotal);
    section(Section::ControlChanges)->setItems(controlItems(d.controlChanges), 0);
    section(Section::Bindings)->setItems(d.bindings, d.bindingsTotal);
    section(Section::SecretsOverdue)->setItems(d.secretsOverdue, d.secretsOverdueTotal);
    section(Section::AcceptancesExpiring)->setItems(d.acceptancesExpiring, d.acceptancesExpiringTotal);
    section(Section::AttestationsExpiring)->setItems(d.attestationsExpiring, 0);
    section(Section::DrillsDue)->setItems(d.drillsDue, 0);
    m_history->setSignoffs(data.history);
    m_history->setVisible(!data.history.empty());
    m_historyEmpty->setVisible(data.history.empty());
    m_signOffButton->setEnabled(true);
    m_hasContent = true;
    m_pages->showState(State::Ready);
    Q_EMIT refreshed();
}

void WeeklyReviewView::onFailed(quint64 request, const QString &error)
{
    if (request != m_request)
        return;
    m_busy->hide();
    m_hasContent = false;
    m_pages->errorText()->setText(error);
    m_pages->showState(State::Error);
    Q_EMIT refreshed();
}

void WeeklyReviewView::signOff()
{
    if (state() != State::Ready)
        return;
    auto *dialog = new SignoffDialog(m_storePath, m_data.diff, m_now, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignoffDialog::signedOff, this, [this](qint64 id) {
        Q_EMIT signedOff(id);
        // The sign-off is the new baseline: a review "since the last sign-off" starts over.
        refresh();
    });
    dialog->open();
}

void WeeklyReviewView::openLink(const QString &page, const QString &filter)
{
    Q_EMIT evidenceRequested(EvidenceLink{page.toStdString(), filter.toStdString()});
}

void WeeklyReviewView::showAll(Section s)
{
    FindingFilter f;
    switch (s) {
    case Section::NewFindings:
        f.severities = {Severity::Critical, Severity::High};
        f.statuses = {FindingStatus::Open, FindingStatus::Confirmed}; // as the section counts them
        f.firstSeenFrom = m_data.diff.since + 1;                      // first seen after the baseline
        Q_EMIT findingsRequested(f);
        return;
    case Section::ResolvedFindings:
        f.severities = {Severity::Critical, Severity::High};
        f.statuses = {FindingStatus::Resolved};
        Q_EMIT findingsRequested(f);
        return;
    case Section::AcceptancesExpiring:
        f.statuses = {FindingStatus::RiskAccepted};
        f.acceptanceExpiresBefore = m_data.diff.now + kExpiryWindow;
        Q_EMIT findingsRequested(f);
        return;
    case Section::ControlChanges:
    case Section::AttestationsExpiring: Q_EMIT evidenceRequested(EvidenceLink{"controls", ""}); return;
    case Section::Bindings: Q_EMIT evidenceRequested(EvidenceLink{"rbac", "review=overdue"}); return;
    case Section::SecretsOverdue: Q_EMIT evidenceRequested(EvidenceLink{"secrets", "overdue=1"}); return;
    case Section::DrillsDue: Q_EMIT evidenceRequested(EvidenceLink{"drills", ""}); return;
    }
}

} // namespace bulkhead::ui
