/* report_html.h - `growlint report --html DIR`: one self-contained static
 * page, DIR/index.html, with the findings of a run (filters by rule, state,
 * triage and path; each finding's notes drawn over its source lines) and the
 * history as an inline SVG chart. Nothing is loaded from the network: the
 * styles and the script are written into the page.
 *
 * A formatter: the command layer (cmd_history.c) reads the database and the
 * triage file and hands over owned copies; this module only reads the
 * source files the notes point at.
 */
#ifndef GROWLINT_REPORT_HTML_H
#define GROWLINT_REPORT_HTML_H

#include <stdint.h>

#include "util.h"

/* One finding as the page shows it; every string owned (html_finding_free). */
typedef struct {
  int64_t id;
  char *fingerprint, *rule, *container, *file, *message, *fix;
  char *state;         /* new | unchanged | reopened | fixed | unknown */
  char *triage;        /* NULL, or false-positive | intentional | confirmed */
  char *triage_reason; /* NULL when untriaged */
  char *triage_from;   /* NULL, or where the triage comes from: "the database" or the triage file's name */
  char *suppressed;    /* NULL, or the inline suppression's reason */
  char *notes_json;    /* JSON array of {file, line, column, message}, as the database holds it */
  unsigned line, col;
} HtmlFinding;
void html_finding_free(void *f);

/* One run of the history chart; strings owned (html_run_free). */
typedef struct {
  int64_t id;
  char *started, *status, *git_commit; /* git_commit may be NULL */
  int findings, new_findings, fixed_findings;
} HtmlRun;
void html_run_free(void *r);

typedef struct {
  int64_t run_id;          /* the run whose findings are listed */
  const char *root;        /* paths are shown relative to it (the run's project root) */
  const PtrVec *findings;  /* HtmlFinding*, borrowed, in the order to list them */
  const PtrVec *runs;      /* HtmlRun*, borrowed, oldest first */
  const char *tool_version;
} HtmlReport;

/* Writes DIR/index.html (creating DIR when missing; its parent must exist),
 * atomically: a temporary file renamed into place. *written gets the page's
 * path (owned). GL_EIO with "cannot write DIR/index.html: why" on failure. */
GlResult report_html_write(const char *dir, const HtmlReport *r, char **written, GlError *err);

#endif
