// Correct (not repeating): loops whose condition ends them. A list walk, a
// countdown, a do-while(0) macro, a cursor advanced by a call (outside main
// and outside any thread's entry) and a configuration file read to its end
// in start-up code each run a bounded number of times, so the containers
// they fill stay as large as their input, once.
// expect-no-findings
#include <fstream>
#include <string>
#include <vector>

struct Node { int value; Node *next; };
Node *g_head;
std::vector<int> g_values;
std::vector<int> g_countdown;
std::vector<std::string> g_config_lines;
std::vector<int> g_macro;
std::vector<int> g_drained;
bool next_item(int *out);  // walks a fixed table, false at its end

#define REMEMBER(x) do { g_macro.push_back(x); } while (0)

static void load_config(const char *path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) g_config_lines.push_back(line);
}

static void snapshot() {
  Node *p = g_head;
  while (p) {
    g_values.push_back(p->value);
    p = p->next;
  }
  int i = 8;
  while (i--) g_countdown.push_back(i);
  REMEMBER(1);
  int x;
  while (next_item(&x)) g_drained.push_back(x);
}

int main(int argc, char **argv) {
  if (argc > 1) load_config(argv[1]);
  snapshot();
  return 0;
}
