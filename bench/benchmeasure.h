#pragma once

#include <sys/resource.h>

#include <string>

// What the benchmarks print beside their wall times. On the shared 2-core machine the wall time
// says how busy the machine was as much as how much work the code did, so CPU time and the load
// average go with it.
namespace bulkhead::bench {

double cpuMs();                             // CPU time of this process so far
double peakRssMb(int who = RUSAGE_SELF);    // ru_maxrss in MB (10^6 bytes); RUSAGE_CHILDREN for waited-for children
double currentRssMb();                      // resident now
std::string loadAverage();                  // "1-min 5-min 15-min"

} // namespace bulkhead::bench
