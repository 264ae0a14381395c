#pragma once

// Runs independent jobs side by side: the calling thread and, when the machine has more cores,
// up to one more thread per core take the next job until none is left. For the parts of an
// audit that only read what is already built (the statuses, each rule) and each write only
// their own result.

#include <cstddef>
#include <functional>

namespace lapaudit {

// Calls job(i) once for every i in [0, count), in no particular order and possibly at the same
// time. Returns when every job has ended; if any threw, rethrows the first exception caught
// (the other jobs still run).
void run_parallel_jobs(std::size_t count, const std::function<void(std::size_t)>& job);

}  // namespace lapaudit
