// Mistake: jobs are appended through a reference alias and run in batches, but never removed.
// process_all() walks the whole deque each time a batch is ready and leaves it
// as it was, so old jobs are run again and g_jobs grows with every request.

#include <deque>
#include <string>

struct Job {
  int id;
  std::string payload;
};

bool receive(Job *job);  // blocks for the next job; false on a malformed one
bool batch_ready();
void run(const Job &job);

std::deque<Job> g_jobs;  // expect-finding: growth-global-container fix=cleanup

static void process_all() {
  for (const Job &job : g_jobs)
    run(job);
}

int main() {
  while (true) {  // expect-note: this loop never ends, so the growth repeats
    Job job;
    if (!receive(&job))
      continue;
    auto &q = g_jobs;
    q.push_back(job);  // expect-note: 'g_jobs' grows here (push_back)
    if (batch_ready())
      process_all();
  }
}
