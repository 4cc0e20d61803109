#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace bulkhead::faulttest {

// The kill tests' moments: seeded from $BULKHEAD_FAULT_SEED when set, else at random; the seed
// is printed so that a failing run can be replayed.
class KillClock
{
public:
    // Moments from 0 to 120% of `uncutMs` (an uncut run's time, process start included), so kills
    // land before the store is touched, all through the work and after its commit.
    explicit KillClock(qint64 uncutMs) : m_limit(static_cast<int>(uncutMs * 12 / 10) + 1)
    {
        const quint32 seed = qEnvironmentVariableIsSet("BULKHEAD_FAULT_SEED")
            ? qEnvironmentVariable("BULKHEAD_FAULT_SEED").toUInt()
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (set BULKHEAD_FAULT_SEED to replay)", seed);
        m_random.seed(seed);
    }
    int nextMs() { return static_cast<int>(m_random.bounded(m_limit)); }

private:
    int m_limit;
    QRandomGenerator m_random;
};

} // namespace bulkhead::faulttest
