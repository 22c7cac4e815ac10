#pragma once
// Independent jobs run on a few worker threads while one consumer takes their results in job order,
// with a bounded look-ahead so memory stays bounded: the import reads and parses files in parallel
// and writes them, one by one, in file order.

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace rs {

/// Limits on the jobs started but not yet taken.
struct LookAhead {
  std::size_t jobs = 32;                 ///< At most this many jobs ahead of the consumer.
  std::size_t cost = 16u * 1024 * 1024;  ///< At most this sum of job costs (e.g. file bytes).
};

/// Runs `work(i)` for i in [0, count) on worker threads and hands the results out in order.
template <class Result>
class OrderedPool {
 public:
  /// Starts `threads` workers (none when `threads` <= 1: take() then runs each job itself). The job
  /// the consumer waits for may always start, whatever its cost; later ones only within `limits`.
  /// An exception thrown by a job is rethrown by take().
  OrderedPool(std::size_t count, unsigned threads, LookAhead limits, std::function<std::size_t(std::size_t)> cost,
              std::function<Result(std::size_t)> work)
      : count_(count), limits_(limits), cost_(std::move(cost)), work_(std::move(work)) {
    if (threads <= 1) return;
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { run_worker(); });
  }

  ~OrderedPool() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    can_start_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  /// The result of job `index`, waiting for it; call with 0, 1, 2 ... in order, each once.
  Result take(std::size_t index) {
    if (workers_.empty()) return work_(index);
    std::unique_lock<std::mutex> lock(mutex_);
    taken_ = index;
    can_start_.notify_all();  // the job waited for may start whatever the limits
    finished_.wait(lock, [&] { return done_.count(index) != 0; });
    auto node = done_.extract(index);
    in_flight_cost_ -= cost_(index);
    taken_ = index + 1;
    lock.unlock();
    can_start_.notify_all();
    if (node.mapped().error) std::rethrow_exception(node.mapped().error);
    return std::move(*node.mapped().result);
  }

 private:
  struct Outcome {
    std::optional<Result> result;
    std::exception_ptr error;
  };

  bool may_start() const {
    if (next_ >= count_) return false;
    if (next_ == taken_) return true;
    return next_ < taken_ + limits_.jobs && in_flight_cost_ + cost_(next_) <= limits_.cost;
  }

  void run_worker() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      can_start_.wait(lock, [&] { return stop_ || may_start(); });
      if (stop_) return;
      const std::size_t index = next_++;
      in_flight_cost_ += cost_(index);
      lock.unlock();
      Outcome outcome;
      try {
        outcome.result.emplace(work_(index));
      } catch (...) {
        outcome.error = std::current_exception();
      }
      lock.lock();
      done_.emplace(index, std::move(outcome));
      finished_.notify_all();
    }
  }

  const std::size_t count_;
  const LookAhead limits_;
  const std::function<std::size_t(std::size_t)> cost_;
  const std::function<Result(std::size_t)> work_;
  std::mutex mutex_;
  std::condition_variable can_start_;
  std::condition_variable finished_;
  std::size_t next_ = 0;   // next job to start
  std::size_t taken_ = 0;  // next job the consumer takes
  std::size_t in_flight_cost_ = 0;
  bool stop_ = false;
  std::map<std::size_t, Outcome> done_;
  std::vector<std::thread> workers_;  // last: started after everything above is set up
};

}  // namespace rs
