// Correct (not repeating): main reads its command line to its end before it
// serves. Both loops that walk argv through getopt (the `while` form and the
// `for (;;) { c = getopt(...); if (c == -1) break; ... }` form) end when the
// options do, so the addresses and paths they collect are as many as were given.
// expect-no-findings
#include <getopt.h>

#include <string>
#include <vector>

static struct {
  std::vector<std::string> locals;
  std::vector<std::string> includes;
} g_cmdline;

int serve();

int main(int argc, char **argv) {
  int c;
  while ((c = getopt(argc, argv, "l:")) != -1) {
    if (c == 'l') g_cmdline.locals.push_back(optarg);
  }
  for (;;) {
    int o = getopt(argc, argv, "I:");
    if (o == -1) break;
    switch (o) {
      case 'I':
        g_cmdline.includes.push_back(optarg);
        break;
      default:
        return 2;
    }
  }
  return serve();
}
