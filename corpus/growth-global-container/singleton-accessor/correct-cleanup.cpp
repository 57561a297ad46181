// Correct (cleanup): the same singleton and accessor, emptied through the same calls once handled.
// Registry::Instance().run_all() clears the jobs after running them and each session is
// erased through sessions() when it ends, so neither grows without end.
// expect-no-findings
#include <map>
#include <string>
#include <vector>

struct Session {
  std::string user;
};

std::string next_request();
int next_id();
void run(const std::string &job);

class Registry {
 public:
  static Registry &Instance() {
    static Registry instance;
    return instance;
  }
  void defer(const std::string &job) { jobs_.push_back(job); }
  void run_all() {
    for (const std::string &job : jobs_) run(job);
    jobs_.clear();
  }

 private:
  std::vector<std::string> jobs_;
};

static std::map<int, Session> g_sessions;

static std::map<int, Session> &sessions() { return g_sessions; }

int main() {
  for (;;) {
    std::string req = next_request();
    int id = next_id();
    Registry::Instance().defer(req);
    sessions()[id] = Session{req};
    Registry::Instance().run_all();
    sessions().erase(id);
  }
}
