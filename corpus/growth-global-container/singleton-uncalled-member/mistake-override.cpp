// Mistake: a singleton's override that the framework calls appends to its history and nothing trims it.
// Meter::Get() hands out its one object; the event library calls on_sample() on it for every
// sample (no call here binds its `this`), so the growth happens to Get()'s static object.
#include <vector>

struct Listener {
  virtual void on_sample(double v) = 0;
  virtual ~Listener() {}
};

void subscribe(Listener *l);
void run_event_loop();

class Meter : public Listener {
 public:
  static Meter &Get() {
    static Meter meter;  // expect-note: 'meter' is the static object that holds it
    return meter;
  }
  void on_sample(double v) override {  // expect-note: 'Meter::on_sample' is long-lived: it overrides the virtual function 'Listener::on_sample', which the framework calls
    history_.push_back(v);  // expect-note: 'meter.history_' grows here (push_back)
  }

 private:
  std::vector<double> history_;  // expect-finding: growth-global-container fix=bounded
};

int main() {
  subscribe(&Meter::Get());
  run_event_loop();
}
