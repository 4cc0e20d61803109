// The findings view on a big store, as a user drives it: open the view, apply each filter,
// search, sort by each column, jump to the last row. Times run from the change to the moment the
// first page of the new result is in the model (what the user waits for), through the real
// FindingsView, model and worker thread. Prints medians and the process's peak RSS.
// Usage: bench_findings_view STORE [REPEAT]   (QT_QPA_PLATFORM=offscreen works)
#include "findings/findingsfilterbar.h"
#include "findings/findingslistmodel.h"
#include "findings/findingsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace bulkhead;
using namespace bulkhead::ui;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Runs the event loop until `signal` fires (or 30 s pass); returns the milliseconds waited.
template <typename Signal>
double waitFor(FindingsListModel *model, Signal signal, const std::function<void()> &trigger)
{
    QElapsedTimer clock;
    QEventLoop loop;
    auto c = QObject::connect(model, signal, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    bool fired = false;
    auto f = QObject::connect(model, signal, &loop, [&fired] { fired = true; });
    clock.start();
    trigger();
    if (!fired)
        loop.exec();
    QObject::disconnect(c);
    QObject::disconnect(f);
    if (!fired)
        std::printf("  (timed out waiting for the model)\n");
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void settle(FindingsListModel *model)
{
    if (!model->countExact())
        waitFor(model, &FindingsListModel::counted, [] {});
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("bulkhead-bench"));
    // Start from the default layout: a sort remembered from an earlier run would change every figure.
    QSettings().clear();
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [REPEAT]\n", argv[0]);
        return 2;
    }
    const QString store = QString::fromLocal8Bit(argv[1]);
    const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    QElapsedTimer open;
    open.start();
    FindingsView view(store);
    view.resize(1600, 900);
    FindingsListModel *model = view.model();
    QSignalSpy shown(model, &FindingsListModel::firstPageShown);
    view.show();
    while (shown.isEmpty() && open.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double openMs = static_cast<double>(open.nsecsElapsed()) / 1e6;
    settle(model);
    std::printf("store: %s\nview shown with its first page: %.1f ms (%lld findings open or confirmed)\n",
                argv[1], openMs, static_cast<long long>(model->totalCount()));

    struct Change {
        const char *name;
        std::function<void(FindingFilter &)> edit;
    };
    const std::int64_t now = std::time(nullptr);
    const std::vector<Change> filters = {
        {"no filter", [](FindingFilter &) {}},
        {"severity = critical", [](FindingFilter &f) { f.severities = {Severity::Critical}; }},
        {"severity = high, medium", [](FindingFilter &f) { f.severities = {Severity::High, Severity::Medium}; }},
        {"status = open, confirmed", [](FindingFilter &f) { f.statuses = {FindingStatus::Open, FindingStatus::Confirmed}; }},
        {"status = risk accepted", [](FindingFilter &f) { f.statuses = {FindingStatus::RiskAccepted}; }},
        {"kind = misconfiguration", [](FindingFilter &f) { f.kinds = {FindingKind::Misconfiguration}; }},
        {"source = Grype", [](FindingFilter &f) { f.sources = {"Grype"}; }},
        {"asset contains 'payments'", [](FindingFilter &f) { f.assetText = "payments"; }},
        {"namespace = payments", [](FindingFilter &f) { f.namespaces = {"payments"}; }},
        {"control = RUN-1", [](FindingFilter &f) { f.controls = {"RUN-1"}; }},
        {"fix available", [](FindingFilter &f) { f.fixAvailable = true; }},
        {"no fix", [](FindingFilter &f) { f.fixAvailable = false; }},
        {"SLA overdue", [now](FindingFilter &f) { f.overdueOnly = true; f.now = now; }},
        {"first seen in the last 14 days", [now](FindingFilter &f) { f.firstSeenFrom = now - 14 * 86400; }},
        {"search 'openssl'", [](FindingFilter &f) { f.search = "openssl"; }},
        {"search 'remote code execution'", [](FindingFilter &f) { f.search = "remote code execution"; }},
        {"search 'CVE-2024'", [](FindingFilter &f) { f.search = "CVE-2024"; }},
        {"search 'xz'", [](FindingFilter &f) { f.search = "xz"; }},
        {"critical + open + fix available", [](FindingFilter &f) {
             f.severities = {Severity::Critical};
             f.statuses = {FindingStatus::Open};
             f.fixAvailable = true;
         }},
    };

    std::vector<double> all;
    std::printf("\n%-36s %10s %12s %12s\n", "filter / search change (by severity)", "matches", "shown ms",
                "counted ms");
    for (const Change &c : filters) {
        std::vector<double> shownMs, countedMs;
        qint64 matches = 0;
        for (int r = 0; r < repeat; ++r) {
            FindingFilter f;
            c.edit(f);
            double countMs = 0;
            QMetaObject::Connection conn = QObject::connect(model, &FindingsListModel::counted, model,
                                                            [&countMs](qint64, qint64 ms) { countMs = double(ms); });
            shownMs.push_back(waitFor(model, &FindingsListModel::firstPageShown, [&] { view.showFilter(f); }));
            settle(model);
            QObject::disconnect(conn);
            countedMs.push_back(countMs);
            matches = model->totalCount();
            // Back to a different filter so the next repetition is a real change.
            waitFor(model, &FindingsListModel::firstPageShown, [&] { view.showFilter(FindingsFilterBar::defaultFilter()); });
            settle(model);
        }
        all.push_back(median(shownMs));
        std::printf("%-36s %10lld %12.1f %12.1f\n", c.name, static_cast<long long>(matches),
                    median(shownMs), median(countedMs));
    }

    view.showFilter(FindingFilter{});
    waitFor(model, &FindingsListModel::firstPageShown, [] {});
    settle(model);
    std::printf("\n%-36s %12s %12s\n", "sort change (all findings)", "shown ms", "last row ms");
    QTableView *table = view.table();
    std::vector<double> lastRow;
    for (int column = 0; column < FindingsListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<double> shownMs, lastMs;
            for (int r = 0; r < repeat; ++r) {
                // Alternate with another column so that every repetition changes the sort.
                const int other = column == 0 ? 1 : 0;
                waitFor(model, &FindingsListModel::firstPageShown, [&] { table->sortByColumn(other, order); });
                settle(model);
                shownMs.push_back(waitFor(model, &FindingsListModel::firstPageShown,
                                          [&] { table->sortByColumn(column, order); }));
                settle(model);
                table->scrollToTop();
                QCoreApplication::processEvents();
                // Ctrl+End as a user would press it; the last page is read (backwards) if not in memory.
                const int last = model->rowCount() - 1;
                if (model->rowAt(last)) {
                    lastMs.push_back(0);
                } else {
                    lastMs.push_back(waitFor(model, &FindingsListModel::pageLoaded, [&] {
                        table->setCurrentIndex(model->index(last, 0));
                        table->scrollToBottom();
                        model->data(model->index(last, 0), Qt::DisplayRole);
                    }));
                }
            }
            all.push_back(median(shownMs));
            lastRow.push_back(median(lastMs));
            std::printf("%-36s %12.1f %12.1f\n",
                        qPrintable(QStringLiteral("%1 %2").arg(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                                                               order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"))),
                        median(shownMs), median(lastMs));
        }
    }
    std::printf("\nview shown: %.1f ms (target <= 300)\n", openMs);
    std::printf("filter/sort/search changes: median %.1f ms (target <= 100), worst %.1f ms, %zu changes\n",
                median(all), *std::max_element(all.begin(), all.end()), all.size());
    std::printf("jump to the last row: median %.1f ms, worst %.1f ms\n", median(lastRow),
                *std::max_element(lastRow.begin(), lastRow.end()));
    std::printf("peak RSS of the GUI process: %ld MB (target <= 350)\n", peakRssMb());
    return 0;
}
