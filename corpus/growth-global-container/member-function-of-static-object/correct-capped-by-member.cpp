// Correct (bounded): the static pool's member function refuses to grow its
// list of workers past a limit the object holds in another field (set once
// by its constructor), the way a pool reserves room for its maximum.
// expect-no-findings
#include <cstddef>
#include <vector>

class WorkerPool {
 public:
  explicit WorkerPool(std::size_t max_workers) : max_workers_(max_workers) { workers_.reserve(max_workers); }
  void add_worker(int fd) {
    if (count_ >= workers_.capacity()) return;
    workers_.push_back(fd);
    count_++;
  }
  bool full() const { return workers_.size() >= max_workers_; }

 private:
  std::vector<int> workers_;
  std::size_t count_ = 0;
  const std::size_t max_workers_;
};

static WorkerPool g_pool(16);

int spawn_worker();  // starts a worker and returns its pipe
void sleep_a_second();

int main() {
  for (;;) {
    sleep_a_second();
    if (!g_pool.full()) g_pool.add_worker(spawn_worker());
  }
}
