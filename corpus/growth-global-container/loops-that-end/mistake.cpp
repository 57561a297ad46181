// Mistake: a worker appends every event to a global until it is told to stop.
// `while (!g_stop)` is a run flag: the loop repeats for the life of the
// process, and nothing ever removes an event from g_events.
#include <atomic>
#include <string>
#include <vector>

std::atomic<bool> g_stop{false};
bool poll_event(std::string &out);  // returns false when no event is pending

std::vector<std::string> g_events;  // expect-finding: growth-global-container fix=bounded

void worker() {
  std::string ev;
  while (!g_stop) {  // expect-note: this loop repeats until its run flag changes, so the growth repeats
    if (poll_event(ev)) g_events.push_back(ev);  // expect-note: 'g_events' grows here (push_back)
  }
}
