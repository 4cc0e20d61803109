#include "overview/overviewview.h"

#include "common/loadstatestack.h"
#include "common/pagewidgets.h"
#include "i18n/localeformat.h"
#include "overview/chartstyle.h"
#include "overview/countertile.h"
#include "overview/overviewloader.h"
#include "overview/scoretrendchart.h"
#include "overview/severitybarchart.h"
#include "overview/topassetsmodel.h"
#include "overview/trendchart.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

constexpr int kExpiryWindowDays = 14;
const std::vector<FindingStatus> kOpenStatuses{FindingStatus::Open, FindingStatus::Confirmed};

// A titled panel on the page, in the base colour, like the cards of the counters.
QFrame *card(const QString &title, QWidget *body, QLabel *footer, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    styleAsCard(frame, QStringLiteral("overviewCard"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(makeBoldLabel(title, 1.1, frame));
    layout->addWidget(body, 1);
    if (footer)
        layout->addWidget(footer);
    return frame;
}

QString slaText(const SlaPolicy &sla)
{
    return QObject::tr("SLA %1 / %2 / %3 / %4 days (critical / high / medium / low)")
        .arg(sla.daysFor(Severity::Critical))
        .arg(sla.daysFor(Severity::High))
        .arg(sla.daysFor(Severity::Medium))
        .arg(sla.daysFor(Severity::Low));
}

} // namespace

OverviewView::OverviewView(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_loader(new OverviewLoader(storePath, this))
{
    connect(m_loader, &OverviewLoader::loaded, this, &OverviewView::onLoaded);
    connect(m_loader, &OverviewLoader::failed, this, &OverviewView::onFailed);

    m_pages = new LoadStateStack(tr("Reading the store…"), tr("No data yet"), tr("The overview could not be read"),
                                 buildContent(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->emptyText()->setTextFormat(Qt::RichText);
    m_pages->emptyText()->setText(
        tr("<p>Nothing has been imported into this store yet. Import scanner reports (Trivy, Grype, SARIF, "
           "CycloneDX, SPDX, trivy-operator, Kubescape) or drop report files on the window, and this page fills "
           "in: open findings by severity, their trend, overdue items and the riskiest assets.</p>"
           "<p>To look around first, write a demo store with <code>bulkheadctl demo</code> and open it with "
           "<code>bulkhead --db ~/.local/share/bulkhead/demo.db</code>.</p>"));
    connect(m_pages->retryButton(), &QPushButton::clicked, this, &OverviewView::refresh);
}

OverviewView::~OverviewView() = default;

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_request == 0)
        refresh(); // first shown: read the store now rather than at construction, when it may be hidden
}

QWidget *OverviewView::buildContent()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);

    layout->addLayout(makePageHeader(tr("Posture overview"), m_asOf, m_busy, content));

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    m_openTile = new CounterTile(tr("Open findings"), tr("open or confirmed, all severities"),
                                 chartstyle::severityColor(Severity::High), content);
    m_openTile->setObjectName(QStringLiteral("openTile"));
    m_openTile->setToolTip(tr("Findings still to act on. Click to list them."));
    m_overdueTile = new CounterTile(tr("Overdue"), tr("open past their SLA due date"),
                                    chartstyle::severityColor(Severity::Critical), content);
    m_overdueTile->setObjectName(QStringLiteral("overdueTile"));
    m_overdueTile->setToolTip(tr("Open findings older than the SLA of their severity (Settings). Click to list them."));
    m_expiringTile = new CounterTile(tr("Acceptances expiring"),
                                     tr("risk acceptances ending within %Ln days", nullptr, kExpiryWindowDays),
                                     chartstyle::severityColor(Severity::Medium), content);
    m_expiringTile->setObjectName(QStringLiteral("expiringTile"));
    m_expiringTile->setToolTip(tr("Accepted risks that reopen soon unless renewed. Click to list them."));
    for (CounterTile *tile : {m_openTile, m_overdueTile, m_expiringTile})
        tiles->addWidget(tile);
    connect(m_openTile, &CounterTile::clicked, this, &OverviewView::requestOpen);
    connect(m_overdueTile, &CounterTile::clicked, this, &OverviewView::requestOverdue);
    connect(m_expiringTile, &CounterTile::clicked, this, &OverviewView::requestExpiring);
    layout->addLayout(tiles);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(14);
    m_severityChart = new SeverityBarChart(content);
    m_severityChart->setObjectName(QStringLiteral("severityChart"));
    connect(m_severityChart, &SeverityBarChart::severityClicked, this, &OverviewView::requestSeverity);
    charts->addWidget(card(tr("Open findings by severity"), m_severityChart,
                           makeHint(tr("Click a bar to list those findings."), content), content), 2);
    m_trendChart = new TrendChart(content);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_trendNote = makeHint(QString(), content);
    charts->addWidget(card(tr("Open findings over time"), m_trendChart, m_trendNote, content), 3);
    layout->addLayout(charts, 1);

    m_scoreStack = new QStackedWidget(content);
    m_scoreChart = new ScoreTrendChart(m_scoreStack);
    m_scoreChart->setObjectName(QStringLiteral("scoreTrendChart"));
    m_scoreEmpty = makeHint(QString(), m_scoreStack);
    m_scoreEmpty->setObjectName(QStringLiteral("scoreTrendEmpty"));
    m_scoreEmpty->setAlignment(Qt::AlignCenter);
    m_scoreStack->addWidget(m_scoreChart);
    m_scoreStack->addWidget(m_scoreEmpty);
    m_scoreNote = makeHint(QString(), content);
    layout->addWidget(card(tr("Posture score over time"), m_scoreStack, m_scoreNote, content));

    m_topAssets = new TopAssetsModel(this);
    m_topAssetsView = new QTableView(content);
    m_topAssetsView->setObjectName(QStringLiteral("topAssetsTable"));
    m_topAssetsView->setModel(m_topAssets);
    m_topAssetsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topAssetsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topAssetsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topAssetsView->setAlternatingRowColors(true);
    m_topAssetsView->setShowGrid(false);
    m_topAssetsView->setFrameShape(QFrame::NoFrame);
    m_topAssetsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_topAssetsView->verticalHeader()->hide();
    m_topAssetsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_topAssetsView->horizontalHeader()->setDefaultSectionSize(96);
    m_topAssetsView->horizontalHeader()->setSectionResizeMode(TopAssetsModel::AssetColumn, QHeaderView::Stretch);
    m_topAssetsView->horizontalHeader()->setHighlightSections(false);
    // activated: double-click or Enter, as the platform defines them.
    connect(m_topAssetsView, &QTableView::activated, this, &OverviewView::requestAsset);
    layout->addWidget(card(tr("Top 10 assets by risk"), m_topAssetsView,
                           makeHint(tr("Risk score: 10 per critical, 5 per high, 2 per medium, 1 per low open finding. "
                                   "Double-click or press Enter on an asset to list its open findings."),
                                content),
                           content));
    return content;
}

void OverviewView::refresh()
{
    const std::int64_t now = m_referenceTime ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
    m_request = m_loader->load(AppSettings::slaPolicy(), now, kExpiryWindowDays);
    if (m_hasContent)
        m_busy->show(); // keep what is shown while the new numbers are read
    else
        m_pages->showState(State::Loading);
}

void OverviewView::onLoaded(quint64 request, const OverviewData &data)
{
    if (request != m_request)
        return; // an older answer overtaken by a newer refresh
    m_busy->hide();
    m_data = data;
    if (data.empty()) {
        m_hasContent = false;
        m_pages->showState(State::Empty);
        Q_EMIT refreshed();
        return;
    }
    m_openTile->setValue(data.openTotal());
    m_overdueTile->setValue(data.posture.overdue);
    m_expiringTile->setValue(data.posture.acceptancesExpiringSoon);
    m_severityChart->setCounts(data.posture.openBySeverity);
    m_trendChart->setTrend(data.trend);
    showScoreTrend(data);
    m_topAssets->setAssets(data.posture.topAssets);
    // The table shows its ten rows without a scroll bar of its own: the page scrolls.
    const int rows = std::max(1, m_topAssets->rowCount());
    m_topAssetsView->setFixedHeight(m_topAssetsView->horizontalHeader()->height()
                                    + rows * m_topAssetsView->verticalHeader()->defaultSectionSize() + 4);

    m_asOf->setText(tr("As of %1 · %2").arg(i18n::localDateTime(data.now), slaText(data.sla)));
    m_asOf->setToolTip(tr("Read in %1 ms").arg(data.elapsedMs));
    const QDate first = QDateTime::fromSecsSinceEpoch(data.trend.front().day * 86400, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(data.trend.back().day * 86400, Qt::UTC).date();
    const QString span = data.trend.size() == 1
        ? tr("One scan day, %1.").arg(i18n::localDate(first))
        : tr("%Ln scan days from %1 to %2.", nullptr, int(data.trend.size()))
              .arg(i18n::localDate(first), i18n::localDate(last));
    m_trendNote->setText(span + QLatin1Char(' ')
                         + tr("Open at the end of each day; findings now marked false positive, accepted or "
                              "mitigated are left out throughout."));
    m_hasContent = true;
    m_pages->showState(State::Ready);
    Q_EMIT refreshed();
}

void OverviewView::showScoreTrend(const OverviewData &data)
{
    m_scoreChart->setTrend(data.scoreTrend);
    const auto scored = std::find_if(data.scoreTrend.rbegin(), data.scoreTrend.rend(),
                                     [](const SnapshotRepository::ScorePoint &p) { return p.score.has_value(); });
    if (scored == data.scoreTrend.rend()) {
        m_scoreEmpty->setText(data.scoreTrend.empty()
                                  ? tr("No snapshot yet. From now on every import and collection records the posture "
                                       "score, and its course appears here.")
                                  : tr("No control assessed yet, so no score: the snapshots so far found nothing to "
                                       "judge the controls by."));
        m_scoreStack->setCurrentWidget(m_scoreEmpty);
        m_scoreStack->setFixedHeight(4 * fontMetrics().lineSpacing()); // a sentence, not a chart-sized hole
        m_scoreNote->hide();
        return;
    }
    m_scoreStack->setCurrentWidget(m_scoreChart);
    m_scoreStack->setMinimumHeight(m_scoreChart->minimumHeight());
    m_scoreStack->setMaximumHeight(QWIDGETSIZE_MAX);
    const QLocale locale;
    m_scoreNote->setText(tr("Latest %1 on %2. The last snapshot of each day; a score leaves out the controls that "
                            "are not assessed (see Controls).")
                             .arg(locale.toString(*scored->score, 'f', 0),
                                  i18n::localDate(scored->takenAt)));
    m_scoreNote->show();
}

void OverviewView::onFailed(quint64 request, const QString &error)
{
    if (request != m_request)
        return;
    m_busy->hide();
    m_hasContent = false;
    m_pages->errorText()->setText(error);
    m_pages->showState(State::Error);
    Q_EMIT refreshed();
}

void OverviewView::requestSeverity(Severity severity)
{
    FindingFilter f;
    f.severities = {severity};
    if (severity == Severity::Unknown)
        f.severities.push_back(Severity::Info); // the bar counts both
    f.statuses = kOpenStatuses;
    Q_EMIT findingsRequested(f);
}

void OverviewView::requestAsset(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    FindingFilter f;
    f.assetIds = {index.data(TopAssetsModel::AssetIdRole).toLongLong()};
    f.statuses = kOpenStatuses;
    Q_EMIT findingsRequested(f);
}

void OverviewView::requestOpen()
{
    FindingFilter f;
    f.statuses = kOpenStatuses;
    Q_EMIT findingsRequested(f);
}

void OverviewView::requestOverdue()
{
    FindingFilter f;
    f.overdueOnly = true;
    f.sla = m_data.sla; // the policy the count was made with
    Q_EMIT findingsRequested(f);
}

void OverviewView::requestExpiring()
{
    FindingFilter f;
    f.statuses = {FindingStatus::RiskAccepted};
    f.acceptanceExpiresBefore = m_data.now + std::int64_t(m_data.expiryWindowDays) * 86400;
    Q_EMIT findingsRequested(f);
}

} // namespace bulkhead::ui
