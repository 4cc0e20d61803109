#pragma once

#include "common/loadstatestack.h"
#include "controls/evidencemeasure.h"
#include "review/weeklyreviewdata.h"
#include "store/findingfilter.h"

#include <QWidget>

#include <array>
#include <cstdint>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace bulkhead::ui {

class CoverageBanner;
class ReviewSectionWidget;
class ScoreDeltaPanel;
class SignoffHistoryList;
class WeeklyReviewLoader;

// The Weekly review page: now against the last sign-off (or a chosen date). The score before and
// now with the change overall and per area; coverage changes called out above everything else
// (their findings are not counted as resolved); one section per list of the review with its count
// and rows that lead to the page and filter behind them; "Sign off…" with notes; the sign-offs
// so far. The diff is built on the loader's thread; this page only shows it.
class WeeklyReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewView)

public:
    using State = LoadStateStack::State;
    // The sections, in the order the page shows them.
    enum class Section {
        NewFindings,
        ResolvedFindings,
        ControlChanges,
        Bindings,
        SecretsOverdue,
        AcceptancesExpiring,
        AttestationsExpiring,
        DrillsDue,
    };
    static constexpr int kSectionCount = 8;

    explicit WeeklyReviewView(const QString &storePath, QWidget *parent = nullptr);
    ~WeeklyReviewView() override;

    State state() const { return m_pages->state(); }
    const WeeklyReviewData &data() const { return m_data; }
    ReviewSectionWidget *section(Section s) const { return m_sections[static_cast<std::size_t>(s)]; }
    ScoreDeltaPanel *scorePanel() const { return m_score; }
    CoverageBanner *coverageBanner() const { return m_coverage; }
    SignoffHistoryList *historyList() const { return m_history; }
    QPushButton *signOffButton() const { return m_signOffButton; }
    QComboBox *baselineChoice() const { return m_baselineChoice; }
    QDateEdit *sinceDate() const { return m_sinceDate; }
    QLabel *baselineLabel() const { return m_baseline; }
    // The review is "as of" this time instead of the clock (tests, screenshots); 0: the clock.
    void setNow(std::int64_t now);
    // Compares with the newest snapshot at or before `since`; 0: with the last sign-off.
    void setSince(std::int64_t since);

public Q_SLOTS:
    void refresh(); // the store changed: build the review again, off the GUI thread
    void signOff(); // opens the sign-off dialog

Q_SIGNALS:
    // A section's "Show in Findings": the findings it counts.
    void findingsRequested(const bulkhead::FindingFilter &filter);
    // A row, or a section's button to another page: the page by its PageId key ("findings",
    // "rbac", "secrets", "controls", "drills") and a filter in the EvidenceLink vocabulary.
    void evidenceRequested(const bulkhead::EvidenceLink &link);
    void signedOff(qint64 signoffId);
    void refreshed(); // a load has been shown, whatever its outcome (see state())

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildContent();
    void createSections(QWidget *content);
    void onLoaded(quint64 request, const WeeklyReviewData &data);
    void onFailed(quint64 request, const QString &error);
    void onBaselineChosen();
    void openLink(const QString &page, const QString &filter);
    void showAll(Section s);
    std::int64_t now() const;

    QString m_storePath;
    WeeklyReviewLoader *m_loader = nullptr;
    quint64 m_request = 0;
    std::int64_t m_now = 0;
    std::int64_t m_since = 0;
    WeeklyReviewData m_data;
    bool m_hasContent = false;
    bool m_stale = false; // the store changed while the page was hidden: build it again when shown

    LoadStateStack *m_pages = nullptr;
    QLabel *m_baseline = nullptr;
    QLabel *m_busy = nullptr;
    QComboBox *m_baselineChoice = nullptr;
    QDateEdit *m_sinceDate = nullptr;
    QPushButton *m_signOffButton = nullptr;
    CoverageBanner *m_coverage = nullptr;
    ScoreDeltaPanel *m_score = nullptr;
    std::array<ReviewSectionWidget *, kSectionCount> m_sections{};
    SignoffHistoryList *m_history = nullptr;
    QLabel *m_historyEmpty = nullptr;
};

} // namespace bulkhead::ui
