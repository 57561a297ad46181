// Correct (it shrinks): each session registers itself in a static list when it
// is made and removes itself when it is destroyed, with std::remove and a
// resize to one element fewer. A resize sized from the container itself
// shrinks it when the size goes down (size() - 1) and grows it when it goes up
// (size() + n).
// expect-no-findings
#include <algorithm>
#include <vector>

class Session {
 public:
  Session() { live_.push_back(this); }
  ~Session() {
    std::remove(live_.begin(), live_.end(), this);
    live_.resize(live_.size() - 1);
  }

 private:
  static std::vector<Session *> live_;
};

std::vector<Session *> Session::live_;

bool next_connection();
void serve(Session &s);

int main() {
  while (next_connection()) {
    Session s;
    serve(s);
  }
}
