#include "parallel_jobs.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace lapaudit {

void run_parallel_jobs(std::size_t count, const std::function<void(std::size_t)>& job) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        job(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  std::size_t threads = std::min(count, cores);
  std::vector<std::future<void>> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    helpers.push_back(std::async(std::launch::async, work));
  }
  work();
  for (auto& helper : helpers) helper.get();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace lapaudit
