// Correct (start-up only): a static member function fills a table once.
// Config::load() runs once, as an argument of use(), before the server loop;
// its result is passed on, its address is not.
// expect-no-findings
#include <string>
#include <vector>

void use(int n);
bool serve_one();

std::vector<std::string> g_settings;

struct Config {
  static int load() {
    g_settings.push_back("port=8080");
    g_settings.push_back("workers=4");
    return static_cast<int>(g_settings.size());
  }
};

int main() {
  use(Config::load());
  while (serve_one()) {
  }
}
