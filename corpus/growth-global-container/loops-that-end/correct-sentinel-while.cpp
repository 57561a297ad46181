// Correct (not repeating): start-up code reads a list by index until its end
// with `while (true)`, an index advanced as it is read (name_at(j++)) and a
// `break` on the empty entry. The loop has a constant condition, but it walks
// a cursor to a sentinel, so the names it keeps are as many as the list holds.
// expect-no-findings
#include <string>
#include <vector>

static std::vector<std::string> g_names;

const char *name_at(int index);  // the configured names, then nullptr
std::string next_request();
void serve(const std::string &request, const std::vector<std::string> &names);

static void load_names() {
  int j = 0;
  while (true) {
    const char *name = name_at(j++);
    if (name == nullptr) break;
    g_names.push_back(name);
  }
}

int main() {
  load_names();
  for (;;) serve(next_request(), g_names);
}
