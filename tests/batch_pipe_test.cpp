// Items pass in order, and what the user is done with is freed on the producer's thread.

#include "batch_pipe.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <utility>

namespace lapaudit {
namespace {

std::atomic<int> freed_by_producer{0};
std::atomic<int> freed_elsewhere{0};
thread_local bool on_producer = false;

// An item that counts where it is freed (moved-from shells do not count).
struct Tracked {
  explicit Tracked(int n) : number(n) {}
  Tracked(Tracked&& other) noexcept
      : number(other.number), live(std::exchange(other.live, false)) {}
  Tracked& operator=(Tracked&& other) noexcept {
    number = other.number;
    live = std::exchange(other.live, false);
    return *this;
  }
  Tracked(const Tracked&) = delete;
  Tracked& operator=(const Tracked&) = delete;
  ~Tracked() {
    if (live) ++(on_producer ? freed_by_producer : freed_elsewhere);
  }

  int number = 0;
  bool live = true;
};

TEST(BatchPipeTest, ItemsArriveInOrderAndAreFreedWhereTheyWereMade) {
  constexpr int kItems = 64 * 200 + 17;
  int expected = 0;
  bool in_order = true;
  {
    BatchPipe<Tracked> pipe;
    run_beside(
        pipe,
        [&] {
          on_producer = true;
          for (int i = 0; i < kItems; ++i) {
            if (!pipe.put(Tracked(i))) break;
          }
        },
        [&](BatchPipe<Tracked>::Batch& batch) {
          for (const Tracked& item : batch) in_order = in_order && item.number == expected++;
        });
  }  // what the user handed back last is freed with the pipe
  EXPECT_TRUE(in_order);
  EXPECT_EQ(expected, kItems);
  // Only the batches handed back after the producer's last batch are freed on the user's side.
  EXPECT_EQ(freed_by_producer + freed_elsewhere, kItems);
  EXPECT_LE(freed_elsewhere.load(),
            static_cast<int>(BatchPipe<Tracked>::kBatch * (BatchPipe<Tracked>::kBatches + 2)));
}

}  // namespace
}  // namespace lapaudit
