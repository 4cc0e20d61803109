#pragma once

#include "common/loadstatestack.h"
#include "overview/overviewdata.h"
#include "store/findingfilter.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace bulkhead::ui {

class CounterTile;
class OverviewLoader;
class ScoreTrendChart;
class SeverityBarChart;
class TopAssetsModel;
class TrendChart;

// The posture overview page: headline counters, open findings by severity, their trend from the
// import history and the riskiest assets, read off the GUI thread. Every number leads to the
// findings behind it through findingsRequested().
class OverviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewView)

public:
    using State = LoadStateStack::State;

    explicit OverviewView(const QString &storePath, QWidget *parent = nullptr);
    ~OverviewView() override;

    State state() const { return m_pages->state(); }
    const OverviewData &data() const { return m_data; }
    // Counts are "as of" this time (unix s); 0, the default, means the time of each refresh.
    // For tests and screenshots that must not depend on the clock.
    void setReferenceTime(std::int64_t unixSeconds) { m_referenceTime = unixSeconds; }

public Q_SLOTS:
    void refresh(); // re-reads the store off the GUI thread

Q_SIGNALS:
    // A chart bar, a counter or an asset was clicked: show these findings.
    void findingsRequested(const bulkhead::FindingFilter &filter);
    // A refresh has been shown (whatever its outcome: see state()).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildContent();
    void onLoaded(quint64 request, const OverviewData &data);
    void onFailed(quint64 request, const QString &error);
    void requestSeverity(Severity severity);
    void requestAsset(const QModelIndex &index);
    void requestOpen();
    void requestOverdue();
    void requestExpiring();
    void showScoreTrend(const OverviewData &data);

    OverviewLoader *m_loader = nullptr;
    quint64 m_request = 0;
    std::int64_t m_referenceTime = 0;
    OverviewData m_data;
    bool m_hasContent = false;

    LoadStateStack *m_pages = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_busy = nullptr;
    CounterTile *m_openTile = nullptr;
    CounterTile *m_overdueTile = nullptr;
    CounterTile *m_expiringTile = nullptr;
    SeverityBarChart *m_severityChart = nullptr;
    TrendChart *m_trendChart = nullptr;
    QLabel *m_trendNote = nullptr;
    QStackedWidget *m_scoreStack = nullptr; // the chart, or what to do before the first snapshot
    ScoreTrendChart *m_scoreChart = nullptr;
    QLabel *m_scoreEmpty = nullptr;
    QLabel *m_scoreNote = nullptr;
    TopAssetsModel *m_topAssets = nullptr;
    QTableView *m_topAssetsView = nullptr;
};

} // namespace bulkhead::ui
