// Mistake: an event handler override appends an audit record per event to a global multimap.
// The dispatcher calls on_event through the Handler interface for every event,
// for as long as the process runs, and no audit record is ever removed.

#include <ctime>
#include <map>

struct Handler {
  virtual ~Handler() = default;
  virtual void on_event(int id) = 0;
};

void subscribe(Handler *h);  // the dispatcher calls h->on_event for every event
void dispatch_forever();

static long now() { return static_cast<long>(std::time(nullptr)); }

std::multimap<int, long> g_audit;  // expect-finding: growth-global-container fix=bounded

struct Audit : Handler {
  void on_event(int id) override { g_audit.insert({id, now()}); }  // expect-note: 'g_audit' grows here (insert)  // expect-note: 'Audit::on_event' is long-lived: it overrides the virtual function 'Handler::on_event', which the framework calls
};

int main() {
  Audit audit;
  subscribe(&audit);
  dispatch_forever();
  return 0;
}
