// Correct (pop-front): the batch is consumed job by job with pop_front().
// Each job leaves the deque as it is run, so g_jobs never holds more than the
// jobs received since the last batch.

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
  while (!g_jobs.empty()) {
    run(g_jobs.front());
    g_jobs.pop_front();
  }
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
