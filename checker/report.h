/* report.h - writes findings as clang-style text or JSON.
 * Reporters only format: they never decide or touch the database.
 */
#ifndef GROWLINT_REPORT_H
#define GROWLINT_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "util.h"

typedef struct {
  const PtrVec *findings;   /* Finding* (link.h), borrowed */
  const PtrVec *failed;     /* char*: files of units that did not parse, borrowed */
  int units;                /* units analysed */
  int64_t run_id;
  const char *cwd;          /* paths under it are printed relative to it */
  const char *clang_version;
} Report;

typedef GlResult (*ReportFn)(FILE *out, const Report *r, GlError *err);

/* The reporter for a format name (text, json), or NULL. */
ReportFn report_for(const char *format);
/* "text, json" */
const char *report_formats(void);

#endif
