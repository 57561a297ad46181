// Correct way (bounded): the same two long-lived objects behind static pointers,
// but each container is capped: the tracker forgets an address once it holds
// kMaxTracked of them, and the manager drops its oldest job past kMaxJobs.
// A static pointer that points at a different object for each request
// (g_current = find_conn(fd)) names no long-lived object: growing through it is
// not growth of a static.
// expect-no-findings
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

void *next_alloc();
std::string next_request();

static const std::size_t kMaxTracked = 200000;
static const std::size_t kMaxJobs = 1024;

class Tracker {
 public:
  static void init() { instance_ = create_instance(); }
  static void track(uintptr_t a) {
    Tracker *t = instance_;
    if (t) t->do_track(a);
  }

 private:
  static Tracker *create_instance() {
    static Tracker tracker;
    return &tracker;
  }
  void do_track(uintptr_t a) {
    if (addresses_.size() >= kMaxTracked) addresses_.erase(addresses_.begin());
    addresses_.insert(a);
  }
  std::unordered_set<uintptr_t> addresses_;
  static Tracker *instance_;
};
Tracker *Tracker::instance_;

struct Manager {
  std::vector<std::string> jobs;
};

struct Conn {
  std::vector<std::string> pending;
};

struct Stats {
  std::vector<long> samples;
};

static Stats *g_stats = new Stats;
static Manager *g_manager;
static Conn *g_current;

Conn *find_conn(int fd);
int next_fd();

int main() {
  Tracker::init();
  g_manager = new Manager();
  for (;;) {
    Tracker::track(reinterpret_cast<uintptr_t>(next_alloc()));
    if (g_manager->jobs.size() >= kMaxJobs) g_manager->jobs.erase(g_manager->jobs.begin());
    g_manager->jobs.push_back(next_request());
    if (g_stats->samples.size() >= kMaxJobs) g_stats->samples.erase(g_stats->samples.begin());
    g_stats->samples.push_back(1);
    g_current = find_conn(next_fd());
    g_current->pending.push_back(next_request());
  }
}
