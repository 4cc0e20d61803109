#include "benchmeasure.h"

#include <unistd.h>

#include <ctime>
#include <fstream>

namespace bulkhead::bench {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double peakRssMb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) * 1024.0 / 1e6; // KiB
}

double currentRssMb()
{
    std::ifstream in("/proc/self/statm");
    long pages = 0, resident = 0;
    in >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / 1e6;
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

} // namespace bulkhead::bench
