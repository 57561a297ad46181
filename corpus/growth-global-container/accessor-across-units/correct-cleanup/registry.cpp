// Correct way (cleanup): the jobs are run and released each turn, and a session
// is erased once its request is answered, through the same accessors.
// expect-no-findings
#include "registry.h"

void run(const std::string &job);

Registry &Registry::Instance() {
  static Registry instance;
  return instance;
}

void Registry::defer(const std::string &job) { jobs_.push_back(job); }

void Registry::run_all() {
  for (const std::string &job : jobs_) run(job);
  jobs_.clear();
}

static std::map<int, Session> g_sessions;

std::map<int, Session> &sessions() { return g_sessions; }
