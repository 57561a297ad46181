// Mistake: a Meyers singleton and an accessor returning a reference, grown in the main loop.
// Registry::Instance() hands out its function-local static object and sessions() a
// file-static map; each request adds to both through the call and nothing removes anything.
#include <map>
#include <string>
#include <vector>

struct Session {
  std::string user;
};

std::string next_request();
int next_id();

class Registry {
 public:
  static Registry &Instance() {
    static Registry instance;  // expect-note: 'instance' is the static object that holds it
    return instance;
  }
  void defer(const std::string &job) { jobs_.push_back(job); }

 private:
  std::vector<std::string> jobs_;  // expect-finding: growth-global-container fix=bounded
};

static std::map<int, Session> g_sessions;  // expect-finding: growth-global-container fix=bounded

static std::map<int, Session> &sessions() { return g_sessions; }

int main() {
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    std::string req = next_request();
    Registry::Instance().defer(req);  // expect-note: 'instance.jobs_' grows here (push_back in Registry::defer)
    sessions()[next_id()] = Session{req};  // expect-note: 'g_sessions' grows here (operator[])
  }
}
