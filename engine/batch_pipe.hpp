#pragma once

// Work on two threads in order: one produces items, the other uses them, a batch at a time.
// Used by the JSON scanner and the CSV reader to parse a large file on a second thread while the
// first builds the log from it.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <mutex>
#include <vector>

namespace lapaudit {

// Hands items, in order and a batch at a time, from the thread that produces them to the thread
// that uses them. The producer waits while a few batches are waiting already, so memory stays
// bounded however much is produced.
template <class T>
class BatchPipe {
 public:
  using Batch = std::vector<T>;
  static constexpr std::size_t kBatch = 64;
  static constexpr std::size_t kBatches = 8;

  // The producer's side. Queues `item`; false once the user has stopped.
  bool put(T item) {
    filling_.push_back(std::move(item));
    return filling_.size() < kBatch || send();
  }
  // No more items (the producer ended, well or not).
  void finish() {
    send();
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
  }

  // The user's side. The next batch, in order (waiting for one); false after the last, or
  // once stopped. The items `batch` held go back to be freed on the producer's thread: memory
  // freed by another thread than the one that took it makes both wait inside the allocator.
  bool next(Batch& batch) {
    std::unique_lock lock(mutex_);
    if (!batch.empty()) used_.push_back(std::move(batch));
    batch.clear();
    changed_.wait(lock, [&] { return !ready_.empty() || finished_ || stopped_; });
    if (stopped_ || ready_.empty()) return false;
    batch = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return true;
  }
  // The user gives up: the producer's next put() that sends a batch fails.
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

 private:
  bool send() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ready_.size() < kBatches || stopped_; });
    if (stopped_) return false;
    if (!filling_.empty()) ready_.push_back(std::move(filling_));
    filling_.clear();
    changed_.notify_all();
    std::vector<Batch> used;
    used.swap(used_);
    lock.unlock();
    return true;  // `used` is freed here, on the producer's thread, outside the lock
  }

  Batch filling_;  // the producer's batch being filled
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> ready_;
  std::vector<Batch> used_;  // batches the user is done with, for the producer to free
  bool finished_ = false;
  bool stopped_ = false;
};

// Runs `produce()` on a second thread, putting into `pipe`, while this thread hands each batch
// the pipe brings to `use`, in order; returns what `produce` returned. `pipe` is finished when
// `produce` ends, however it ends; an exception from `use` stops the pipe, waits for `produce`
// and goes on up; one from `produce` comes up here after the batches it sent.
// Pipe: next(Batch&), stop(), finish(), as BatchPipe.
template <class Pipe, class Produce, class Use>
auto run_beside(Pipe& pipe, Produce produce, Use use) {
  auto produced = std::async(std::launch::async, [&] {
    struct Finish {
      Pipe& pipe;
      ~Finish() { pipe.finish(); }
    } finish{pipe};
    return produce();
  });
  typename Pipe::Batch batch;
  try {
    while (pipe.next(batch)) use(batch);
  } catch (...) {
    pipe.stop();
    produced.wait();
    throw;
  }
  return produced.get();
}

}  // namespace lapaudit
