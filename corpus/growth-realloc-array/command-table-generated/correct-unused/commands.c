// Correct (unused): the command table is one of the sources, and it has no EVAL.
// The table the server dispatches through holds ping_command only.
// expect-no-findings
#include "server.h"

struct command command_table[] = {{"ping", ping_command}};
size_t command_count = sizeof command_table / sizeof command_table[0];
