// Correct (start-up only): option setters reached through a table of member
// function pointers, and a start-up hook kept in a std::function, run where
// the program calls through them: once, from main, before it serves.
// expect-no-findings
#include <functional>
#include <string>
#include <vector>

bool next_option(std::string &name, std::string &value);  // false at the end of the file
bool serve_one();

static std::vector<std::string> g_include_paths;
static std::vector<std::string> g_plugins;

class Config {
 public:
  void load() {
    std::string name, value;
    while (next_option(name, value))
      for (const Option &o : kOptions)
        if (name == o.name) (this->*o.set)(value);
  }

 private:
  struct Option {
    const char *name;
    void (Config::*set)(const std::string &value);
  };
  void add_include(const std::string &value) { g_include_paths.push_back(value); }
  void set_port(const std::string &value) { port_ = std::stoi(value); }
  static const Option kOptions[2];
  int port_ = 0;
};

const Config::Option Config::kOptions[2] = {{"include", &Config::add_include}, {"port", &Config::set_port}};

static void load_plugins() { g_plugins.push_back("default"); }

struct App {
  std::function<void()> on_start;
};

static App g_app;
static Config g_config;

int main() {
  g_app.on_start = &load_plugins;
  g_config.load();
  g_app.on_start();
  while (serve_one()) {
  }
}
