/* report.h - writes findings as clang-style text, JSON, SARIF 2.1.0 or
 * GitLab Code Quality JSON.
 * Reporters only format: they never decide or touch the database.
 */
#ifndef GROWLINT_REPORT_H
#define GROWLINT_REPORT_H

#include <stdint.h>
#include <jansson.h>
#include <stdio.h>

#include "rules.h"
#include "util.h"

typedef struct {
  const PtrVec *findings;   /* Finding* (link.h), borrowed */
  const PtrVec *failed;     /* char*: files of units that did not parse, borrowed */
  int units;                /* units analysed */
  int64_t run_id;
  const char *cwd;          /* paths under it are printed relative to it */
  const char *root;         /* the project root: SARIF's %SRCROOT%, codequality's paths; NULL: cwd */
  const PtrVec *suppressed; /* Finding* suppressed inline (SARIF shows them with suppressions), or NULL */
  const StrMap *triage_reasons; /* fingerprint -> char* reason of a triaged finding (SARIF), or NULL */
  const char *clang_version;
  int color;                /* text: colour like clang (a terminal without NO_COLOR) */
  const RuleSet *rules;     /* borrowed, may be NULL: SARIF then describes only the rules of the findings */
  const char *output;       /* the file written, for messages; NULL: standard output */
  /* the gate (--fail-on, --baseline) and the exit code it gives */
  const char *fail_on;      /* any | new | none; NULL: no gate (the findings' marks are left out) */
  const char *baseline;     /* --baseline REF, or NULL: the default (base_run, or nothing before it) */
  int64_t base_run;         /* the run the default baseline is, 0 when none */
  int marks;                /* text: mark each finding [new] or [baseline] (the gate compares with a baseline) */
  int exit_code, failing;   /* the exit code and how many findings fail the gate */
  const char *exit_reason;  /* why the exit code is what it is */
} Report;

/* Writes the report to out and flushes it; GL_EIO with "cannot write the
 * report to DEST: why" when any write failed. */
typedef GlResult (*ReportFn)(FILE *out, const Report *r, GlError *err);

/* The reporter for a format name (text, json, sarif, codequality), or NULL. */
ReportFn report_for(const char *format);
/* "text, json, sarif, codequality" */
const char *report_formats(void);

/* Writes the patches of findings (Finding*, those with edits) as clang-tidy's
 * export-fixes YAML, which clang-apply-replacements applies; path names the
 * file for messages. GL_EIO when a write failed. */
GlResult report_export_fixes(FILE *out, const PtrVec *findings, const char *path, GlError *err);

/* The edits (Edit*, advice.h: insertions, borrowed) as a unified diff with
 * three lines of context, in *out (owned): "--- a/PATH" and "+++ b/PATH" name
 * each file relative to root (so `patch -p1` and `git apply` take it there),
 * files in name order. GL_EIO when a file cannot be read, GL_EINPUT when an
 * edit lies past its line or file (the file changed since); *out is NULL then. */
GlResult report_patch(const PtrVec *edits, const char *root, char **out, GlError *err);

/* A rule's help in Markdown (owned): its title, its rationale, and every fix
 * text it may suggest with its example (SARIF's help.markdown, `rules
 * --format json`, docs/rules/RULE.md). */
char *report_rule_markdown(const RuleSet *rs, const Rule *rule);

/* A JSON string of s; invalid UTF-8 (a file name in another encoding) becomes U+FFFD. */
json_t *report_json_string(const char *s);
/* Writes j indented and a newline, and takes j; 0 when a write failed. */
int report_write_json(FILE *out, json_t *j);

#endif
