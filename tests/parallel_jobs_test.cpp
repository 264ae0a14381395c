// Jobs run side by side: each exactly once, and a failure comes up after all have ended.

#include "parallel_jobs.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace lapaudit {
namespace {

TEST(ParallelJobsTest, EveryJobRunsOnce) {
  std::vector<std::atomic<int>> runs(1000);
  run_parallel_jobs(runs.size(), [&](std::size_t i) { ++runs[i]; });
  for (std::size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << i;
}

TEST(ParallelJobsTest, NoJobsIsNothingToDo) {
  bool ran = false;
  run_parallel_jobs(0, [&](std::size_t) { ran = true; });
  EXPECT_FALSE(ran);
}

TEST(ParallelJobsTest, AFailureComesUpAfterEveryOtherJobRan) {
  std::vector<std::atomic<int>> runs(200);
  try {
    run_parallel_jobs(runs.size(), [&](std::size_t i) {
      ++runs[i];
      if (i % 50 == 7) throw std::runtime_error("job " + std::to_string(i) + " failed");
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    std::string what = e.what();
    EXPECT_TRUE(what == "job 7 failed" || what == "job 57 failed" || what == "job 107 failed" ||
                what == "job 157 failed")
        << what;
  }
  for (std::size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << i;
}

}  // namespace
}  // namespace lapaudit
