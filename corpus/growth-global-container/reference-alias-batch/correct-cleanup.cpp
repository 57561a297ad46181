// Correct (cleanup): the deque is cleared once the batch has been run.
// Each job is run exactly once and g_jobs holds at most one batch.

// expect-no-findings

#include <deque>
#include <string>

struct Job {
  int id;
  std::string payload;
};

bool receive(Job *job);  // blocks for the next job; false on a malformed one
bool batch_ready();
void run(const Job &job);

std::deque<Job> g_jobs;

static void process_all() {
  for (const Job &job : g_jobs)
    run(job);
  g_jobs.clear();
}

int main() {
  while (true) {
    Job job;
    if (!receive(&job))
      continue;
    auto &q = g_jobs;
    q.push_back(job);
    if (batch_ready())
      process_all();
  }
}
