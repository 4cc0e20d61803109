#pragma once

#include <QChartView>

#include <cstdint>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace bulkhead::ui {

// How old the secrets under the page's filter are: one bar per age bucket (0-30, 30-60, 60-90,
// 90-180, 180-365, 365+ days, secretAgeBucketEdges()), counted in SQL
// (SecretRepository::ageDistribution). One colour: intervals differ from secret to secret, so a
// bucket is not "good" or "bad" by itself; the table's bars say that per secret.
class SecretAgeChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretAgeChart)

public:
    explicit SecretAgeChart(QWidget *parent = nullptr);

    void setCounts(const std::vector<std::int64_t> &counts); // one per bucket; missing ones are 0
    std::int64_t count(int bucket) const;
    static int bucketCount();
    static QString bucketLabel(int bucket); // "0–30", ..., "365+" (the axis says days)

private:
    QBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QValueAxis *m_values = nullptr;
    std::vector<std::int64_t> m_counts;
};

} // namespace bulkhead::ui
