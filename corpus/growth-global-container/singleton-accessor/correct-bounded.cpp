// Correct (bounded): the singleton's jobs and the sessions map are capped.
// Registry::defer erases the oldest job once kMaxJobs are deferred, and the
// first session is evicted before a new one is added once kMaxSessions are held.
// expect-no-findings
#include <cstddef>
#include <map>
#include <string>
#include <vector>

struct Session {
  std::string user;
};

std::string next_request();
int next_id();

constexpr std::size_t kMaxJobs = 1024;      // the most jobs a registry keeps
constexpr std::size_t kMaxSessions = 4096;  // the most 'g_sessions' keeps

class Registry {
 public:
  static Registry &Instance() {
    static Registry instance;
    return instance;
  }
  void defer(const std::string &job) {
    if (jobs_.size() >= kMaxJobs) jobs_.erase(jobs_.begin());
    jobs_.push_back(job);
  }

 private:
  std::vector<std::string> jobs_;
};

static std::map<int, Session> g_sessions;

static std::map<int, Session> &sessions() { return g_sessions; }

int main() {
  for (;;) {
    std::string req = next_request();
    Registry::Instance().defer(req);
    if (g_sessions.size() >= kMaxSessions) g_sessions.erase(g_sessions.begin());
    sessions()[next_id()] = Session{req};
  }
}
