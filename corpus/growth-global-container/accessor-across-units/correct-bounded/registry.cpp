// Correct way (bounded): the accessors still live in their own unit, but each
// container drops its oldest entry once it holds kMax of them.
// expect-no-findings
#include "registry.h"

static const std::size_t kMaxJobs = 1024;
static const std::size_t kMaxSessions = 4096;

Registry &Registry::Instance() {
  static Registry instance;
  return instance;
}

void Registry::defer(const std::string &job) {
  if (jobs_.size() >= kMaxJobs) jobs_.erase(jobs_.begin());
  jobs_.push_back(job);
}

static std::map<int, Session> g_sessions;

std::map<int, Session> &sessions() {
  if (g_sessions.size() >= kMaxSessions) g_sessions.erase(g_sessions.begin());
  return g_sessions;
}
