/* cmd_explain.c - the commands that describe the rules: `rules` lists them,
 * `explain RULE` prints a rule's rationale and fixes, then each correct way
 * of its corpus case beside the mistake ("Mistake -> Correct Way").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "corpus.h"

static const Option rules_options[] = {
    OPT_RULES("list the rules and models of DIR instead of the installed ones"),
    OPT_END(),
};

static int rules_prepare(Cmd *c) { return cmd_want_args(c, 0, NULL); }

const CmdSpec rules_spec = {"growlint rules [--rules DIR]",
    "Lists every rule with its severity and title.",
    rules_options, 0, rules_prepare, NULL};

int cmd_rules(Cmd *c) {
  for (size_t i = 0; i < c->rs->rules.len; i++) {
    const Rule *r = c->rs->rules.items[i];
    printf("%-26s %-8s %s%s\n", r->id, r->severity, r->title ? r->title : "",
           rules_enabled(c->rs, r->id) ? "" : " (disabled)");
  }
  return EXIT_CLEAN;
}

static void split_lines(char *text, PtrVec *lines) {
  for (char *p = text; p && *p;) {
    char *nl = strchr(p, '\n');
    if (nl) *nl = '\0';
    pv_push(lines, p);
    p = nl ? nl + 1 : NULL;
  }
}

static void print_rule(int width) {
  for (int i = 0; i < width; i++) putchar('-');
}

/* Prints two files side by side under the headings "Mistake -> Correct Way". */
static void side_by_side(const char *left_path, const char *right_path) {
  char *lt = gl_read_file(left_path, NULL, NULL), *rt = gl_read_file(right_path, NULL, NULL);
  PtrVec l = {0}, r = {0};
  split_lines(lt, &l);
  split_lines(rt, &r);
  int width = 20;
  for (size_t i = 0; i < l.len; i++)
    if ((int)strlen(l.items[i]) > width) width = (int)strlen(l.items[i]);
  if (width > 72) width = 72;
  const char *ln = strrchr(left_path, '/'), *rn = strrchr(right_path, '/');
  char *lh = gl_xasprintf("Mistake (%s)", ln ? ln + 1 : left_path);
  char *rh = gl_xasprintf("Correct Way (%s)", rn ? rn + 1 : right_path);
  printf("%-*s  ->  %s\n", width, lh, rh);
  print_rule(width);
  printf("      ");
  print_rule(width);
  putchar('\n');
  for (size_t i = 0; i < l.len || i < r.len; i++) {
    const char *a = i < l.len ? l.items[i] : "", *b = i < r.len ? r.items[i] : "";
    printf("%-*.*s  |   %s\n", width, width, a, b);
  }
  putchar('\n');
  free(lh);
  free(rh);
  pv_free(&l, NULL);
  pv_free(&r, NULL);
  free(lt);
  free(rt);
}

static const Option explain_options[] = {OPT_END()};

static int explain_prepare(Cmd *c) { return cmd_want_args(c, 1, "one rule id"); }

const CmdSpec explain_spec = {"growlint explain RULE",
    "Prints the rule's rationale, then a mistake from the corpus beside each correct way of writing it "
    "(\"Mistake -> Correct Way\").",
    explain_options, 0, explain_prepare, NULL};

int cmd_explain(Cmd *c) {
  const Rule *r = rules_find(c->rs, c->args.items[0]);
  if (!r) {
    cli_error(c->name, "unknown rule '%s' (see 'growlint rules')", (const char *)c->args.items[0]);
    return EXIT_USAGE;
  }
  printf("%s: %s\n\n%s\n", r->id, r->title ? r->title : "", r->rationale ? r->rationale : "");
  PtrVec fixes = {0}; /* the texts written for the storages this rule reports */
  rules_fixes_of_rule(c->rs, r, &fixes);
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *f = fixes.items[i];
    char *label = rules_fix_label(f);
    printf("fix %s: %s\n", label, f->text);
    if (f->example) printf("  for example: %s\n", f->example);
    free(label);
  }
  pv_free(&fixes, NULL);
  putchar('\n');
  char *dir = corpus_case(r->id);
  if (!dir) {
    printf("(no corpus example installed for this rule)\n");
    return EXIT_CLEAN;
  }
  PtrVec files = {0};
  corpus_case_files(dir, &files);
  for (size_t i = 1; i < files.len; i++) side_by_side(files.items[0], files.items[i]);
  pv_free(&files, free);
  free(dir);
  return EXIT_CLEAN;
}
