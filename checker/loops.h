/* loops.h - how often the body of a while or do loop runs, judged from its
 * condition (the rule is in loops.c and README "How loops are judged").
 * Part of the libclang front end: nothing after extract sees a CXCursor.
 */
#ifndef GROWLINT_LOOPS_H
#define GROWLINT_LOOPS_H

#include <clang-c/Index.h>

#include "facts.h"

/* The loop context of a while or do loop whose condition is cond:
 * LOOP_UNBOUNDED (constant true), LOOP_FLAG (a run flag), LOOP_INPUT (waits
 * for requests, stdin, sockets or events), LOOP_BOUNDED (a cursor, counter,
 * iterator or a file read to its end) or LOOP_NONE (constant false: the body
 * runs once), or LOOP_POLL when outermost (the loop is its function's
 * outermost loop) and the condition calls a function or tests a local flag;
 * in main() (in_main) such a loop is the main loop: LOOP_INPUT or LOOP_FLAG. */
int loops_classify(CXCursor cond, int outermost, int in_main);

/* Does a loop without an end condition (for (;;), while (true)) walk the
 * command line instead: one of its first two statements calls a function
 * with argv (a parameter shaped like main's), and the body leaves the loop with `if (...) break;` (or return),
 * as in `for (;;) { int c = getopt(argc, argv, "..."); if (c == -1) break; ...}`?
 * Such a loop ends when the options do. */
int loops_reads_command_line(CXCursor body);

/* Does a loop body leave the loop with `if (...) break;` (or return) among its
 * own statements? A `for (j = 0;; j++)` that does is a cursor walked to a
 * sentinel (`if (table[j].name == NULL) break;`), not a loop that never ends. */
int loops_body_breaks(CXCursor body);

/* Does a loop without an end condition (while (true)) walk a cursor to a
 * sentinel: it advances a local counter where it uses it (name_at(j++),
 * t[j++]) and leaves with `if (...) break;`? Such a loop ends with what it
 * walks, as `for (j = 0;; j++)` does. */
int loops_cursor_walk(CXCursor body);

/* What a loop without an end condition (for (;;), while (1)) is when it
 * leaves with `if (...) break;` (or return) and one of its first three
 * statements reads: `for (;;) { if (!fgets(line, n, f)) break; ... }` and
 * `while (1) { if (fscanf(f, ...) != 2) break; ... }` read a file to its
 * end (LOOP_BOUNDED), `for (;;) { n = recv(fd, ...); if (n <= 0) break; ...}`
 * or a read of stdin repeats for every input (LOOP_INPUT); LOOP_UNBOUNDED
 * otherwise. */
int loops_reads_until_end(CXCursor body);

#endif
