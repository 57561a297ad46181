// Correct (bounded): the audit keeps only the records of the last kRetentionSeconds.
// Each event erases the records that have aged out, so the multimap holds one
// retention window of events, not the whole history.

// expect-no-findings

#include <ctime>
#include <map>

struct Handler {
  virtual ~Handler() = default;
  virtual void on_event(int id) = 0;
};

void subscribe(Handler *h);  // the dispatcher calls h->on_event for every event
void dispatch_forever();

static long now() { return static_cast<long>(std::time(nullptr)); }

constexpr long kRetentionSeconds = 3600;
std::multimap<int, long> g_audit;

struct Audit : Handler {
  void on_event(int id) override {
    long t = now();
    for (auto it = g_audit.begin(); it != g_audit.end();) {
      if (t - it->second > kRetentionSeconds)
        it = g_audit.erase(it);
      else
        ++it;
    }
    g_audit.insert({id, t});
  }
};

int main() {
  Audit audit;
  subscribe(&audit);
  dispatch_forever();
  return 0;
}
