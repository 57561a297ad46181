/* report.c - clang-style text, JSON and SARIF 2.1.0 reporters, chosen from a table.
 *
 * Text: one "file:line:col: warning: MESSAGE [rule]" line per finding, then
 * "note:" lines in the finding's order; when the gate compares with a
 * baseline, each finding is marked [new] or [baseline], and a triaged one
 * [triaged STATUS]. JSON: one object (schema in
 * README.md). SARIF: one log with one run, as GitHub code scanning reads it:
 * the rules of the RuleSet (or, without one, of the findings) as
 * reportingDescriptors, one result per finding with its notes as
 * relatedLocations, and failed units as tool execution notifications. SARIF
 * URIs of files under the current directory are relative to it (uriBaseId
 * %SRCROOT%), others are absolute file: URIs; both are percent-encoded.
 * Control characters in names and messages are escaped in text output so
 * that file names cannot drive the terminal.
 *
 * A finding's patch (its edits) is written as clang-tidy's export-fixes YAML
 * (report_export_fixes) or as a unified diff (report_patch, for growlint
 * show --patch).
 *
 * Every write is checked: the writers below go through an Out that keeps the
 * first failure's errno and skips the writes after it, and each reporter
 * ends with a checked flush, so a report that could not be written (a full
 * disk, a closed pipe) is an error naming where it was going, never a
 * silent success.
 */
#include "report.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "link.h"

json_t *report_json_string(const char *s) {
  json_t *j = json_string(s);
  if (j) return j;
  char *clean = gl_utf8_sanitize(s);
  j = json_string(clean);
  free(clean);
  return j;
}

#define jstr report_json_string

/* Where a report goes, and the first write that failed. */
typedef struct {
  FILE *f;
  int errnum; /* errno of the first failed write; 0 while every write worked */
} Out;

/* Records a failed write (failed != 0) unless one was recorded already. */
static void out_check(Out *o, int failed) {
  if (failed && !o->errnum) o->errnum = errno ? errno : EIO;
}

static void out_puts(Out *o, const char *s) {
  if (o->errnum) return;
  errno = 0;
  out_check(o, fputs(s, o->f) == EOF);
}

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...) {
  if (o->errnum) return;
  va_list ap;
  va_start(ap, fmt);
  errno = 0;
  out_check(o, vfprintf(o->f, fmt, ap) < 0);
  va_end(ap);
}

/* Writes j, indented, and a newline; takes j. */
static void out_json(Out *o, json_t *j) {
  if (!o->errnum) {
    errno = 0;
    out_check(o, json_dumpf(j, o->f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 || fputc('\n', o->f) == EOF);
  }
  json_decref(j);
}

/* Flushes the report; GL_EIO and "cannot write the report to DEST: why" when a write failed. */
static GlResult out_end(Out *o, const Report *r, GlError *err) {
  if (!o->errnum) {
    errno = 0;
    out_check(o, fflush(o->f) != 0 || ferror(o->f));
  }
  if (!o->errnum) return GL_OK;
  if (r->output) gl_error_set(err, "cannot write the report to '%s': %s", r->output, strerror(o->errnum));
  else gl_error_set(err, "cannot write the report to standard output: %s", strerror(o->errnum));
  return GL_EIO;
}

int report_write_json(FILE *f, json_t *j) {
  Out o = {f, 0};
  out_json(&o, j);
  return !o.errnum;
}

static char *shown_path(const Report *r, const char *path) { return gl_path_relative(path, r->cwd); }

/* Writes s with control characters escaped. */
static void put_safe(Out *out, const char *s) {
  StrBuf sb = {0};
  gl_escape_controls(&sb, s);
  out_puts(out, sb_cstr(&sb));
  sb_free(&sb);
}

static void put_loc(Out *out, const Report *r, const Loc *l) {
  char *p = shown_path(r, l->file);
  put_safe(out, p);
  out_printf(out, ":%u:%u: ", l->line, l->col);
  free(p);
}

/* clang's colours: bold locations and messages, magenta warnings, red errors, grey notes */
#define BOLD(r) ((r)->color ? "\033[1m" : "")
#define RESET(r) ((r)->color ? "\033[0m" : "")

static GlResult report_text(FILE *f, const Report *r, GlError *err) {
  Out out = {f, 0};
  for (size_t i = 0; i < r->findings->len && !out.errnum; i++) {
    const Finding *fi = r->findings->items[i];
    out_puts(&out, BOLD(r));
    put_loc(&out, r, &fi->loc);
    const char *sev_color = !r->color ? "" : !strcmp(fi->severity, "error") ? "\033[1;31m" : "\033[1;35m";
    out_printf(&out, "%s%s:%s%s ", sev_color, fi->severity, RESET(r), BOLD(r));
    put_safe(&out, fi->message);
    out_printf(&out, " [%s]", fi->rule);
    if (r->marks) out_puts(&out, fi->baselined ? " [baseline]" : " [new]");
    if (fi->triage) out_printf(&out, " [triaged %s]", fi->triage);
    out_printf(&out, "%s\n", RESET(r));
    for (size_t j = 0; j < fi->notes.len; j++) {
      const Note *n = fi->notes.items[j];
      out_puts(&out, BOLD(r));
      put_loc(&out, r, &n->loc);
      out_printf(&out, "%snote:%s ", r->color ? "\033[1;30m" : "", RESET(r));
      put_safe(&out, n->message);
      out_puts(&out, "\n");
    }
  }
  return out_end(&out, r, err);
}

static json_t *jloc(const Report *r, const Loc *l, json_t *obj) {
  char *p = shown_path(r, l->file);
  json_object_set_new(obj, "file", jstr(p));
  json_object_set_new(obj, "line", json_integer(l->line));
  json_object_set_new(obj, "column", json_integer(l->col));
  free(p);
  return obj;
}

/* Why the exit code is what it is: the gate and how many findings fail it. */
static json_t *json_exit(const Report *r) {
  json_t *o = json_object();
  json_object_set_new(o, "code", json_integer(r->exit_code));
  json_object_set_new(o, "reason", r->exit_reason ? jstr(r->exit_reason) : json_null());
  json_object_set_new(o, "fail_on", r->fail_on ? jstr(r->fail_on) : json_null());
  json_object_set_new(o, "baseline", r->baseline ? jstr(r->baseline) : json_null());
  json_object_set_new(o, "baseline_run", r->base_run ? json_integer(r->base_run) : json_null());
  json_object_set_new(o, "failing", json_integer(r->failing));
  return o;
}

/* A finding's place in the history and the gate. */
static void json_gate(json_t *o, const Finding *f) {
  json_object_set_new(o, "id", f->id ? json_integer(f->id) : json_null());
  json_object_set_new(o, "state", f->state ? jstr(f->state) : json_null());
  json_object_set_new(o, "triage", f->triage ? jstr(f->triage) : json_null());
  json_object_set_new(o, "suppressed", f->suppressed ? jstr(f->suppressed) : json_null());
  json_object_set_new(o, "baselined", json_boolean(f->baselined));
  json_object_set_new(o, "fails_gate", json_boolean(f->fails));
}

static GlResult report_json(FILE *out, const Report *r, GlError *err) {
  json_t *root = json_object();
  json_object_set_new(root, "tool", jstr("growlint"));
  json_object_set_new(root, "version", jstr(GROWLINT_VERSION));
  json_object_set_new(root, "clang_version", jstr(r->clang_version ? r->clang_version : ""));
  json_object_set_new(root, "run_id", json_integer(r->run_id));
  json_object_set_new(root, "units", json_integer(r->units));
  json_t *failed = json_array();
  for (size_t i = 0; r->failed && i < r->failed->len; i++) {
    char *p = shown_path(r, r->failed->items[i]);
    json_array_append_new(failed, jstr(p));
    free(p);
  }
  json_object_set_new(root, "failed_units", failed);
  json_t *arr = json_array();
  for (size_t i = 0; i < r->findings->len; i++) {
    const Finding *f = r->findings->items[i];
    json_t *o = json_object();
    json_object_set_new(o, "rule", jstr(f->rule));
    json_object_set_new(o, "severity", jstr(f->severity));
    json_object_set_new(o, "symbol", jstr(f->symbol));
    json_object_set_new(o, "container", jstr(f->container));
    json_object_set_new(o, "kind", jstr(f->kind));
    json_object_set_new(o, "type", jstr(f->type));
    jloc(r, &f->loc, o);
    json_object_set_new(o, "fix", jstr(f->fix));
    json_object_set_new(o, "message", jstr(f->message));
    json_object_set_new(o, "fingerprint", jstr(f->fingerprint));
    json_gate(o, f);
    json_t *notes = json_array();
    for (size_t j = 0; j < f->notes.len; j++) {
      const Note *n = f->notes.items[j];
      json_t *no = jloc(r, &n->loc, json_object());
      json_object_set_new(no, "message", jstr(n->message));
      json_array_append_new(notes, no);
    }
    json_object_set_new(o, "notes", notes);
    json_array_append_new(arr, o);
  }
  json_object_set_new(root, "findings", arr);
  json_object_set_new(root, "exit", json_exit(r));
  Out o = {out, 0};
  out_json(&o, root);
  return out_end(&o, r, err);
}

/* SARIF 2.1.0 */

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SARIF_SRCROOT "%SRCROOT%"
/* Where each rule's page is: docs/rules/RULE.md of the repository (scripts/gen_rule_docs.py writes them). */
#define SARIF_RULE_DOCS "https://github.com/growlint/growlint/blob/main/docs/rules/"

/* Appends path to sb percent-encoded as a URI path: every byte but the
 * unreserved characters of RFC 3986 and '/' becomes %XX (UTF-8 bytes each). */
static void uri_append_path(StrBuf *sb, const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' ||
        *p == '.' || *p == '_' || *p == '~' || *p == '/') {
      sb_appendn(sb, (const char *)p, 1);
    } else {
      char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      sb_appendn(sb, esc, 3);
    }
  }
}

/* A JSON string for s: "" for NULL; when s is not valid UTF-8 (a file or
 * symbol name in another encoding), every non-ASCII byte becomes '?'. */
static json_t *sarif_str(const char *s) {
  json_t *j = jstr(s ? s : "");
  if (j) return j;
  char *copy = gl_xstrdup(s);
  for (char *p = copy; *p; p++)
    if ((unsigned char)*p >= 0x80) *p = '?';
  j = jstr(copy);
  free(copy);
  return j;
}

static json_t *sarif_text(const char *text) {
  json_t *o = json_object();
  json_object_set_new(o, "text", sarif_str(text));
  return o;
}

/* %SRCROOT%: the project root, wherever growlint runs from (the current directory without one). */
static const char *sarif_srcroot(const Report *r) { return r->root ? r->root : r->cwd; }

/* An artifactLocation: relative to %SRCROOT% (the project root) when the
 * file lies under it, else an absolute file: URI. */
static json_t *sarif_artifact(const Report *r, const char *file) {
  char *rel = gl_path_relative(file, sarif_srcroot(r));
  StrBuf uri = {0};
  int relative = rel[0] != '/';
  if (!relative) sb_append(&uri, "file://");
  uri_append_path(&uri, rel);
  json_t *o = json_object();
  json_object_set_new(o, "uri", sarif_str(sb_cstr(&uri)));
  if (relative) json_object_set_new(o, "uriBaseId", jstr(SARIF_SRCROOT));
  sb_free(&uri);
  free(rel);
  return o;
}

/* {artifactLocation, region}; the region is left out when the line is
 * unknown (0), the column when the column is. */
static json_t *sarif_physical(const Report *r, const Loc *l) {
  json_t *phys = json_object();
  json_object_set_new(phys, "artifactLocation", sarif_artifact(r, l->file ? l->file : ""));
  if (l->line) {
    json_t *region = json_object();
    json_object_set_new(region, "startLine", json_integer(l->line));
    if (l->col) json_object_set_new(region, "startColumn", json_integer(l->col));
    json_object_set_new(phys, "region", region);
  }
  return phys;
}

/* A location object: {"id"} when id > 0, "physicalLocation", {"message"}
 * when message is not NULL. */
static json_t *sarif_location(const Report *r, const Loc *l, json_int_t id, const char *message) {
  json_t *loc = json_object();
  if (id > 0) json_object_set_new(loc, "id", json_integer(id));
  json_object_set_new(loc, "physicalLocation", sarif_physical(r, l));
  if (message) json_object_set_new(loc, "message", sarif_text(message));
  return loc;
}

static const char *sarif_level(const char *severity) {
  return severity && !strcmp(severity, "error") ? "error" : "warning";
}

/* growth-global-container -> GrowthGlobalContainer; owned by the caller. */
static char *camel_case(const char *id) {
  StrBuf sb = {0};
  int upper = 1;
  for (const char *p = id; *p; p++) {
    if (*p == '-' || *p == '_' || *p == '.' || *p == ' ') {
      upper = 1;
      continue;
    }
    char c = upper && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
    sb_appendn(&sb, &c, 1);
    upper = 0;
  }
  return sb_steal(&sb);
}

/* Appends a YAML-wrapped paragraph as flowing text: single line breaks
 * become spaces, blank lines stay paragraph breaks, trailing space goes. */
static void append_flowed(StrBuf *sb, const char *text) {
  size_t start = sb->len;
  for (const char *p = text; *p; p++) {
    if (*p != '\n') {
      sb_appendn(sb, p, 1);
    } else if (p[1] == '\n') {
      while (p[1] == '\n') p++;
      sb_append(sb, "\n\n");
    } else {
      sb_append(sb, " ");
    }
  }
  while (sb->len > start && (sb->data[sb->len - 1] == ' ' || sb->data[sb->len - 1] == '\n'))
    sb->data[--sb->len] = '\0';
}

/* The help text: the rationale, then every fix with its example. */
static char *rule_help(const RuleSet *rs, const Rule *rule) {
  StrBuf sb = {0};
  if (rule->rationale) append_flowed(&sb, rule->rationale);
  PtrVec fixes = {0}; /* the texts written for the storages this rule reports */
  rules_fixes_of_rule(rs, rule, &fixes);
  if (fixes.len) sb_append(&sb, sb.len ? "\n\nFixes:" : "Fixes:");
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *fx = fixes.items[i];
    char *label = rules_fix_label(fx), *text = advice_generic(fx->text), *example = advice_generic(fx->example);
    sb_appendf(&sb, "\n- %s: %s", label, text);
    if (fx->example) sb_appendf(&sb, "; for example: %s", example);
    free(label);
    free(text);
    free(example);
  }
  pv_free(&fixes, NULL);
  if (!sb.len) sb_append(&sb, rule->title ? rule->title : rule->id);
  return sb_steal(&sb);
}

/* Appends text with Markdown's special characters escaped, so that
 * "std::*map" or "vector<T>" shows as written. */
static void append_md(StrBuf *sb, const char *text) {
  for (const char *p = text; *p; p++) {
    if (strchr("\\`*_[]<>#|", *p)) sb_appendn(sb, "\\", 1);
    sb_appendn(sb, p, 1);
  }
}

/* The help in Markdown (report.h); SARIF adds a link to the rule's page
 * (docs/rules/RULE.md, with the corpus's mistakes and correct ways). */
char *report_rule_markdown(const RuleSet *rs, const Rule *rule) {
  StrBuf sb = {0};
  sb_append(&sb, "**");
  append_md(&sb, rule->title ? rule->title : rule->id);
  sb_append(&sb, "**");
  if (rule->rationale) {
    StrBuf flowed = {0};
    append_flowed(&flowed, rule->rationale);
    sb_append(&sb, "\n\n");
    sb_append(&sb, sb_cstr(&flowed)); /* the rationale is Markdown already (`static`) */
    sb_free(&flowed);
  }
  PtrVec fixes = {0};
  rules_fixes_of_rule(rs, rule, &fixes);
  if (fixes.len) sb_append(&sb, "\n\n**Fixes**\n");
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *fx = fixes.items[i];
    char *label = rules_fix_label(fx), *text = advice_generic(fx->text), *example = advice_generic(fx->example);
    sb_append(&sb, "\n- **");
    append_md(&sb, label);
    sb_append(&sb, "**: ");
    append_md(&sb, text);
    if (fx->example) sb_appendf(&sb, "; for example: `` %s ``", example);
    free(label);
    free(text);
    free(example);
  }
  pv_free(&fixes, NULL);
  return sb_steal(&sb);
}

static char *rule_help_markdown(const RuleSet *rs, const Rule *rule) {
  char *md = report_rule_markdown(rs, rule);
  char *out = gl_xasprintf("%s\n\nMistakes and correct ways from growlint's corpus: [%s](%s%s.md)", md, rule->id,
                           SARIF_RULE_DOCS, rule->id);
  free(md);
  return out;
}

/* A reportingDescriptor for id: from the RuleSet's rule when there is one,
 * else the id, its name and the level of the finding that uses it. */
static json_t *sarif_rule(const RuleSet *rs, const char *id, const char *severity) {
  const Rule *rule = rs ? rules_find(rs, id) : NULL;
  json_t *d = json_object();
  char *name = camel_case(id);
  json_object_set_new(d, "id", sarif_str(id));
  json_object_set_new(d, "name", sarif_str(name));
  free(name);
  if (rule) {
    json_object_set_new(d, "shortDescription", sarif_text(rule->title ? rule->title : rule->id));
    if (rule->rationale) {
      StrBuf full = {0};
      append_flowed(&full, rule->rationale);
      json_object_set_new(d, "fullDescription", sarif_text(sb_cstr(&full)));
      sb_free(&full);
    }
    char *help = rule_help(rs, rule), *markdown = rule_help_markdown(rs, rule);
    json_t *h = sarif_text(help);
    json_object_set_new(h, "markdown", sarif_str(markdown));
    json_object_set_new(d, "help", h);
    char *uri = gl_xasprintf("%s%s.md", SARIF_RULE_DOCS, rule->id);
    json_object_set_new(d, "helpUri", sarif_str(uri));
    free(uri);
    free(markdown);
    free(help);
    severity = rule->severity;
  }
  json_t *config = json_object();
  json_object_set_new(config, "level", jstr(sarif_level(severity)));
  json_object_set_new(d, "defaultConfiguration", config);
  return d;
}

/* The index of the descriptor for id in rules, or -1. */
static json_int_t sarif_rule_index(json_t *rules, const char *id) {
  for (size_t i = 0; i < json_array_size(rules); i++)
    if (!strcmp(json_string_value(json_object_get(json_array_get(rules, i), "id")), id)) return (json_int_t)i;
  return -1;
}

/* Every rule of the RuleSet (first definition of an id), then any rule of
 * a finding that the RuleSet does not hold. */
static json_t *sarif_rules(const Report *r) {
  json_t *rules = json_array();
  for (size_t i = 0; r->rules && i < r->rules->rules.len; i++) {
    const Rule *rule = r->rules->rules.items[i];
    if (sarif_rule_index(rules, rule->id) < 0) json_array_append_new(rules, sarif_rule(r->rules, rule->id, NULL));
  }
  for (size_t i = 0; i < r->findings->len + (r->suppressed ? r->suppressed->len : 0); i++) {
    const Finding *f = i < r->findings->len ? r->findings->items[i] : r->suppressed->items[i - r->findings->len];
    if (sarif_rule_index(rules, f->rule) < 0) json_array_append_new(rules, sarif_rule(r->rules, f->rule, f->severity));
  }
  return rules;
}

/* The finding's patch as SARIF fixes: one fix, one artifactChange per file,
 * each edit an insertion (an empty deletedRegion where the text goes). */
static json_t *sarif_fixes(const Report *r, const Finding *f) {
  json_t *changes = json_array(), *fix = json_object(), *fixes = json_array();
  PtrVec files = {0}; /* borrowed: the file of each change, in order */
  for (size_t i = 0; i < f->edits.len; i++) {
    const Edit *e = f->edits.items[i];
    json_t *change = NULL;
    for (size_t k = 0; k < files.len && !change; k++)
      if (!strcmp(files.items[k], e->file)) change = json_array_get(changes, k);
    if (!change) {
      pv_push(&files, e->file);
      change = json_object();
      json_object_set_new(change, "artifactLocation", sarif_artifact(r, e->file));
      json_object_set_new(change, "replacements", json_array());
      json_array_append_new(changes, change);
    }
    json_t *region = json_object(), *rep = json_object();
    json_object_set_new(region, "startLine", json_integer(e->line));
    json_object_set_new(region, "startColumn", json_integer(e->col));
    json_object_set_new(region, "endLine", json_integer(e->line));
    json_object_set_new(region, "endColumn", json_integer(e->col));
    json_object_set_new(rep, "deletedRegion", region);
    json_object_set_new(rep, "insertedContent", sarif_text(e->text));
    json_array_append_new(json_object_get(change, "replacements"), rep);
  }
  char *what = gl_xasprintf("%s: %s", f->fix, "a size guard before the grow statement and a named maximum");
  json_object_set_new(fix, "description", sarif_text(what));
  free(what);
  json_object_set_new(fix, "artifactChanges", changes);
  json_array_append_new(fixes, fix);
  pv_free(&files, NULL);
  return fixes;
}

/* What a note is, from the words link.c writes (link.c add_note). */
static int note_is_grow(const Note *n) { return strstr(n->message, "' grows here (") != NULL; }
static int note_is_fix(const Note *n) { return !strncmp(n->message, "suggested fix", 13); }

/* The first grow site's note and the end of its chain: notes [*first, *end)
 * (link.c writes the grow note, then the chain outwards to what repeats);
 * 0 when there is no grow note. */
static int grow_chain(const Finding *f, size_t *first, size_t *end) {
  for (*first = 0; *first < f->notes.len && !note_is_grow(f->notes.items[*first]); ++*first) {}
  if (*first == f->notes.len) return 0;
  for (*end = *first + 1; *end < f->notes.len; ++*end) {
    const Note *n = f->notes.items[*end];
    if (note_is_grow(n) || note_is_fix(n)) break;
  }
  return 1;
}

/* The message: the finding's text, then links to its related locations
 * (SARIF embedded links, [text](id), which GitHub shows as links to the
 * lines): where it grows, why that repeats, the suggested fix. */
static char *sarif_message(const Finding *f) {
  StrBuf sb = {0};
  sb_append(&sb, f->message);
  size_t first = 0, end = 0, fix = 0;
  int chain = grow_chain(f, &first, &end);
  for (size_t j = 0; j < f->notes.len; j++)
    if (note_is_fix(f->notes.items[j])) fix = j + 1;
  if (chain || fix) {
    sb_append(&sb, ". See ");
    if (chain) sb_appendf(&sb, "[where it grows](%zu)", first + 1);
    if (chain && end > first + 1) sb_appendf(&sb, "%s[why that repeats](%zu)", fix ? ", " : " and ", end);
    if (fix) sb_appendf(&sb, "%s[the suggested fix](%zu)", chain ? " and " : "", fix);
    sb_append(&sb, ".");
  }
  return sb_steal(&sb);
}

/* The repeat chain as a code flow: from the loop or long-lived entry that
 * repeats, along the calls, to the first grow site (link.c writes the grow
 * note first, then the chain outwards). NULL without a chain. */
static json_t *sarif_code_flows(const Report *r, const Finding *f) {
  size_t first = 0, end = 0;
  if (!grow_chain(f, &first, &end) || end == first + 1) return NULL;
  json_t *locs = json_array();
  for (size_t j = end; j-- > first;) {
    const Note *n = f->notes.items[j];
    json_t *tfl = json_object();
    json_object_set_new(tfl, "location", sarif_location(r, &n->loc, 0, n->message));
    json_object_set_new(tfl, "nestingLevel", json_integer((json_int_t)(end - 1 - j)));
    json_array_append_new(locs, tfl);
  }
  json_t *thread = json_object(), *threads = json_array(), *flow = json_object(), *flows = json_array();
  json_object_set_new(thread, "locations", locs);
  json_array_append_new(threads, thread);
  json_object_set_new(flow, "message", sarif_text("why the growth repeats: from what repeats to where it grows"));
  json_object_set_new(flow, "threadFlows", threads);
  json_array_append_new(flows, flow);
  return flows;
}

/* SARIF's baselineState for the finding's state: new and reopened are new
 * to the previous run, unchanged is unchanged. */
static const char *sarif_baseline_state(const Finding *f) {
  return f->state && !strcmp(f->state, "unchanged") ? "unchanged" : "new";
}

/* suppressions: inline ones (kind inSource) and triage that accepts the
 * finding (false-positive, intentional: kind external); NULL otherwise. */
static json_t *sarif_suppressions(const Report *r, const Finding *f) {
  json_t *s = NULL;
  if (f->suppressed) {
    s = json_pack("{s:s, s:s, s:o}", "kind", "inSource", "status", "accepted", "justification",
                  sarif_str(f->suppressed));
  } else if (f->triage && strcmp(f->triage, "confirmed")) {
    const char *reason = r->triage_reasons ? sm_get(r->triage_reasons, f->fingerprint) : NULL;
    char *why = gl_xasprintf("triaged %s%s%s", f->triage, reason ? ": " : "", reason ? reason : "");
    s = json_pack("{s:s, s:s, s:o}", "kind", "external", "status", "accepted", "justification", sarif_str(why));
    free(why);
  }
  if (!s) return NULL;
  json_t *list = json_array();
  json_array_append_new(list, s);
  return list;
}

static json_t *sarif_result(const Report *r, const Finding *f, json_t *rules) {
  json_t *res = json_object();
  json_object_set_new(res, "ruleId", sarif_str(f->rule));
  json_object_set_new(res, "ruleIndex", json_integer(sarif_rule_index(rules, f->rule)));
  json_object_set_new(res, "level", jstr(sarif_level(f->severity)));
  char *message = sarif_message(f);
  json_object_set_new(res, "message", sarif_text(message));
  free(message);
  json_t *locs = json_array();
  json_array_append_new(locs, sarif_location(r, &f->loc, 0, NULL));
  json_object_set_new(res, "locations", locs);
  if (f->notes.len) {
    json_t *related = json_array();
    for (size_t j = 0; j < f->notes.len; j++) {
      const Note *n = f->notes.items[j];
      json_array_append_new(related, sarif_location(r, &n->loc, (json_int_t)j + 1, n->message));
    }
    json_object_set_new(res, "relatedLocations", related);
  }
  json_t *flows = sarif_code_flows(r, f);
  if (flows) json_object_set_new(res, "codeFlows", flows);
  json_t *fp = json_object();
  json_object_set_new(fp, "growlintFingerprint/v1", sarif_str(f->fingerprint));
  json_object_set_new(res, "partialFingerprints", fp);
  if (f->state) json_object_set_new(res, "baselineState", jstr(sarif_baseline_state(f)));
  json_t *sup = sarif_suppressions(r, f);
  if (sup) json_object_set_new(res, "suppressions", sup);
  if (f->edits.len) json_object_set_new(res, "fixes", sarif_fixes(r, f));
  json_t *props = json_object();
  json_object_set_new(props, "fix", sarif_str(f->fix));
  json_object_set_new(props, "symbol", sarif_str(f->symbol));
  json_object_set_new(props, "container", sarif_str(f->container));
  if (f->state) json_object_set_new(props, "state", sarif_str(f->state));
  if (f->triage) json_object_set_new(props, "triage", sarif_str(f->triage));
  json_object_set_new(res, "properties", props);
  return res;
}

/* One invocation: successful when every unit parsed; each failed unit is an
 * error notification located at its file. */
static json_t *sarif_invocation(const Report *r) {
  json_t *inv = json_object();
  size_t nfailed = r->failed ? r->failed->len : 0;
  json_object_set_new(inv, "executionSuccessful", json_boolean(nfailed == 0));
  if (nfailed) {
    json_t *notes = json_array();
    for (size_t i = 0; i < nfailed; i++) {
      char *p = shown_path(r, r->failed->items[i]);
      char *msg = gl_xasprintf("%s could not be parsed completely; the other units are still analysed.", p);
      json_t *n = json_object();
      json_object_set_new(n, "level", jstr("error"));
      json_object_set_new(n, "message", sarif_text(msg));
      json_t *locs = json_array();
      Loc l = {r->failed->items[i], 0, 0};
      json_array_append_new(locs, sarif_location(r, &l, 0, NULL));
      json_object_set_new(n, "locations", locs);
      json_array_append_new(notes, n);
      free(msg);
      free(p);
    }
    json_object_set_new(inv, "toolExecutionNotifications", notes);
  }
  return inv;
}

static GlResult report_sarif(FILE *out, const Report *r, GlError *err) {
  json_t *driver = json_object();
  json_object_set_new(driver, "name", jstr("growlint"));
  json_object_set_new(driver, "version", jstr(GROWLINT_VERSION));
  json_object_set_new(driver, "informationUri", jstr("https://github.com/growlint/growlint"));
  json_t *rules = sarif_rules(r);
  json_object_set_new(driver, "rules", rules);
  json_t *tool = json_object();
  json_object_set_new(tool, "driver", driver);

  json_t *run = json_object();
  json_object_set_new(run, "tool", tool);
  json_t *invocations = json_array();
  json_array_append_new(invocations, sarif_invocation(r));
  json_object_set_new(run, "invocations", invocations);
  if (sarif_srcroot(r) && sarif_srcroot(r)[0] == '/') {
    StrBuf root = {0};
    sb_append(&root, "file://");
    uri_append_path(&root, sarif_srcroot(r));
    if (root.data[root.len - 1] != '/') sb_append(&root, "/");
    json_t *base = json_object(), *bases = json_object();
    json_object_set_new(base, "uri", sarif_str(sb_cstr(&root)));
    json_object_set_new(bases, SARIF_SRCROOT, base);
    json_object_set_new(run, "originalUriBaseIds", bases);
    sb_free(&root);
  }
  json_t *results = json_array();
  for (size_t i = 0; i < r->findings->len; i++)
    json_array_append_new(results, sarif_result(r, r->findings->items[i], rules));
  for (size_t i = 0; r->suppressed && i < r->suppressed->len; i++)
    json_array_append_new(results, sarif_result(r, r->suppressed->items[i], rules));
  json_object_set_new(run, "results", results);
  json_t *props = json_object();
  json_object_set_new(props, "runId", json_integer(r->run_id));
  json_object_set_new(props, "units", json_integer(r->units));
  json_object_set_new(props, "clangVersion", sarif_str(r->clang_version ? r->clang_version : ""));
  json_object_set_new(run, "properties", props);

  json_t *root = json_object(), *runs = json_array();
  json_object_set_new(root, "$schema", jstr(SARIF_SCHEMA));
  json_object_set_new(root, "version", jstr("2.1.0"));
  json_array_append_new(runs, run);
  json_object_set_new(root, "runs", runs);
  Out o = {out, 0};
  out_json(&o, root);
  return out_end(&o, r, err);
}

/* GitLab Code Quality: an array of issues, each {description, check_name,
 * fingerprint, severity, location: {path, lines: {begin}}}, with paths
 * relative to the project root (the repository GitLab checked out). The
 * format has no dismissal field, so only what is to be fixed is listed:
 * suppressed findings (r->suppressed) and those triaged false-positive or
 * intentional (in the database or the triage file) are left out. */
static GlResult report_codequality(FILE *out, const Report *r, GlError *err) {
  json_t *issues = json_array();
  for (size_t i = 0; i < r->findings->len; i++) {
    const Finding *f = r->findings->items[i];
    if (f->triage && strcmp(f->triage, "confirmed")) continue;
    char *path = gl_path_relative(f->loc.file ? f->loc.file : "", r->root ? r->root : r->cwd);
    json_t *issue = json_pack("{s:o, s:o, s:o, s:s, s:{s:o, s:{s:i}}}", "description", sarif_str(f->message),
                              "check_name", sarif_str(f->rule), "fingerprint", sarif_str(f->fingerprint), "severity",
                              f->severity && !strcmp(f->severity, "error") ? "critical" : "major", "location", "path",
                              sarif_str(path), "lines", "begin", (int)(f->loc.line ? f->loc.line : 1));
    json_array_append_new(issues, issue);
    free(path);
  }
  Out o = {out, 0};
  out_json(&o, issues);
  return out_end(&o, r, err);
}

/* clang-tidy's export-fixes YAML */

/* Writes s as a YAML double-quoted scalar. */
static void yaml_quoted(Out *o, const char *s) {
  StrBuf sb = {0};
  sb_append(&sb, "\"");
  for (const char *p = s ? s : ""; *p; p++) {
    if (*p == '"' || *p == '\\') sb_appendf(&sb, "\\%c", *p);
    else if (*p == '\n') sb_append(&sb, "\\n");
    else if (*p == '\t') sb_append(&sb, "\\t");
    else if ((unsigned char)*p < 0x20) sb_appendf(&sb, "\\x%02x", (unsigned char)*p);
    else sb_appendn(&sb, p, 1);
  }
  sb_append(&sb, "\"");
  out_puts(o, sb_cstr(&sb));
  sb_free(&sb);
}

/* The byte offset of line:col in file (both 1-based), or -1 when the file
 * cannot be read or is shorter. */
static long file_offset(const char *file, unsigned line, unsigned col) {
  size_t len = 0;
  char *text = gl_read_file(file, &len, NULL);
  if (!text) return -1;
  size_t off = 0;
  for (unsigned l = 1; l < line && off <= len; l++) {
    const char *nl = memchr(text + off, '\n', len - off);
    off = nl ? (size_t)(nl - text) + 1 : len + 1;
  }
  free(text);
  off += col - 1;
  return off <= len ? (long)off : -1;
}

GlResult report_export_fixes(FILE *f, const PtrVec *findings, const char *path, GlError *err) {
  Out o = {f, 0};
  out_puts(&o, "---\nMainSourceFile: \"\"\nDiagnostics:\n");
  int any = 0;
  for (size_t i = 0; i < findings->len; i++) {
    const Finding *fi = findings->items[i];
    if (!fi->edits.len) continue;
    any = 1;
    out_printf(&o, "  - DiagnosticName: %s\n    DiagnosticMessage:\n      Message: ", fi->rule);
    yaml_quoted(&o, fi->message);
    out_puts(&o, "\n      FilePath: ");
    yaml_quoted(&o, fi->loc.file);
    long at = file_offset(fi->loc.file, fi->loc.line, fi->loc.col);
    out_printf(&o, "\n      FileOffset: %ld\n      Replacements:\n", at < 0 ? 0 : at);
    for (size_t j = 0; j < fi->edits.len; j++) {
      const Edit *e = fi->edits.items[j];
      long off = file_offset(e->file, e->line, e->col);
      if (off < 0) continue;
      out_puts(&o, "        - FilePath: ");
      yaml_quoted(&o, e->file);
      out_printf(&o, "\n          Offset: %ld\n          Length: 0\n          ReplacementText: ", off);
      yaml_quoted(&o, e->text);
      out_puts(&o, "\n");
    }
    out_puts(&o, "    Level: Warning\n");
  }
  if (!any) out_puts(&o, "  []\n");
  out_puts(&o, "...\n");
  Report r = {.output = path};
  return out_end(&o, &r, err);
}

/* ---------- a patch as a unified diff (growlint show --patch) ---------- */

#define DIFF_CONTEXT 3

/* One line of a file: where it starts and its length with its newline. */
typedef struct {
  const char *p;
  size_t n;
} Line;

/* One change: old lines [at, at + del) become the new lines add[0..nadd). */
typedef struct {
  size_t at, del;
  Line add[64];
  size_t nadd;
  char *text; /* owned: the buffer the added lines point into */
} Change;

static size_t split_lines(const char *text, size_t len, Line **out) {
  size_t n = 0, cap = 0;
  Line *v = NULL;
  for (size_t off = 0; off < len;) {
    const char *nl = memchr(text + off, '\n', len - off);
    size_t end = nl ? (size_t)(nl - text) + 1 : len;
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      v = gl_xrealloc(v, cap * sizeof *v);
    }
    v[n++] = (Line){text + off, end - off};
    off = end;
  }
  *out = v;
  return n;
}

static int same_line(Line a, Line b) { return a.n == b.n && !memcmp(a.p, b.p, a.n); }

static int cmp_edit(const void *a, const void *b) {
  const Edit *x = *(Edit *const *)a, *y = *(Edit *const *)b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

/* Writes one line of a hunk with its mark; a last line without a newline says so. */
static void diff_line(StrBuf *sb, char mark, Line l) {
  sb_appendn(sb, &mark, 1);
  sb_appendn(sb, l.p, l.n);
  if (!l.n || l.p[l.n - 1] != '\n') sb_append(sb, "\n\\ No newline at end of file\n");
}

/* The hunks of one file's changes (in line order, not overlapping). */
static void diff_hunks(StrBuf *sb, const Line *old, size_t nold, const Change *ch, size_t nch) {
  long delta = 0; /* new lines minus old lines before the current hunk */
  for (size_t i = 0; i < nch;) {
    size_t j = i; /* the changes [i, j] share a hunk */
    while (j + 1 < nch && ch[j + 1].at <= ch[j].at + ch[j].del + 2 * DIFF_CONTEXT) j++;
    size_t from = ch[i].at > DIFF_CONTEXT ? ch[i].at - DIFF_CONTEXT : 0;
    size_t to = ch[j].at + ch[j].del + DIFF_CONTEXT;
    if (to > nold) to = nold;
    size_t added = 0, deleted = 0;
    for (size_t k = i; k <= j; k++) {
      added += ch[k].nadd;
      deleted += ch[k].del;
    }
    size_t old_n = to - from, new_n = old_n - deleted + added;
    sb_appendf(sb, "@@ -%zu,%zu +%zu,%zu @@\n", old_n ? from + 1 : from, old_n,
               new_n ? (size_t)((long)from + delta) + 1 : (size_t)((long)from + delta), new_n);
    size_t line = from;
    for (size_t k = i; k <= j; k++) {
      for (; line < ch[k].at; line++) diff_line(sb, ' ', old[line]);
      for (size_t d = 0; d < ch[k].del; d++, line++) diff_line(sb, '-', old[line]);
      for (size_t a = 0; a < ch[k].nadd; a++) diff_line(sb, '+', ch[k].add[a]);
    }
    for (; line < to; line++) diff_line(sb, ' ', old[line]);
    delta += (long)added - (long)deleted;
    i = j + 1;
  }
}

/* The change of the edits e[0..n) (insertions, sorted by column) on old line k. */
static int line_change(const Line *old, size_t nold, size_t k, Edit *const *e, size_t n, Change *c) {
  StrBuf sb = {0};
  size_t done = 0;
  for (size_t i = 0; i < n; i++) {
    size_t col = e[i]->col - 1;
    if (col < done || col > old[k].n) {
      sb_free(&sb);
      return 0;
    }
    sb_appendn(&sb, old[k].p + done, col - done);
    sb_append(&sb, e[i]->text);
    done = col;
  }
  sb_appendn(&sb, old[k].p + done, old[k].n - done);
  c->text = sb_steal(&sb);
  Line *add = NULL;
  size_t nadd = split_lines(c->text, strlen(c->text), &add);
  /* keep what is really new: drop the old line when it is unchanged at the block's start or end */
  size_t first = 0, last = nadd;
  c->at = k;
  c->del = 1;
  if (nadd && same_line(add[nadd - 1], old[k])) {
    last--;
    c->del = 0;
  } else if (nadd && same_line(add[0], old[k])) {
    first++;
    c->del = 0;
    c->at = k + 1;
  }
  int ok = last - first <= sizeof c->add / sizeof *c->add;
  c->nadd = ok ? last - first : 0;
  if (ok) memcpy(c->add, add + first, c->nadd * sizeof *add);
  free(add);
  (void)nold;
  return ok;
}

/* The diff of one file: its edits e[0..n), sorted by line and column. */
static GlResult diff_file(StrBuf *sb, const char *file, Edit *const *e, size_t n, const char *root, GlError *err) {
  size_t len = 0;
  char *text = gl_read_file(file, &len, err);
  if (!text) return GL_EIO;
  Line *old = NULL;
  size_t nold = split_lines(text, len, &old);
  Change *ch = gl_xcalloc(n, sizeof *ch);
  size_t nch = 0;
  GlResult rc = GL_OK;
  for (size_t i = 0; i < n && rc == GL_OK;) {
    size_t j = i;
    while (j < n && e[j]->line == e[i]->line) j++;
    if (e[i]->line < 1 || e[i]->line > nold || !line_change(old, nold, e[i]->line - 1, e + i, j - i, &ch[nch])) {
      gl_error_set(err, "%s:%u: the patch does not fit the file as it is now", file, e[i]->line);
      rc = GL_EINPUT;
    } else {
      nch++;
    }
    i = j;
  }
  if (rc == GL_OK) {
    char *rel = root ? gl_path_relative(file, root) : gl_xstrdup(file);
    sb_appendf(sb, "--- a/%s\n+++ b/%s\n", rel, rel);
    free(rel);
    diff_hunks(sb, old, nold, ch, nch);
  }
  for (size_t i = 0; i < n; i++) free(ch[i].text);
  free(ch);
  free(old);
  free(text);
  return rc;
}

GlResult report_patch(const PtrVec *edits, const char *root, char **out, GlError *err) {
  *out = NULL;
  Edit **e = gl_xcalloc(edits->len ? edits->len : 1, sizeof *e);
  memcpy(e, edits->items, edits->len * sizeof *e);
  qsort(e, edits->len, sizeof *e, cmp_edit);
  StrBuf sb = {0};
  GlResult rc = GL_OK;
  for (size_t i = 0; i < edits->len && rc == GL_OK;) {
    size_t j = i;
    while (j < edits->len && !strcmp(e[j]->file, e[i]->file)) j++;
    rc = diff_file(&sb, e[i]->file, e + i, j - i, root, err);
    i = j;
  }
  free(e);
  if (rc == GL_OK) *out = sb_steal(&sb);
  sb_free(&sb);
  return rc;
}

static const struct {
  const char *name;
  ReportFn fn;
} formats[] = {
    {"text", report_text},
    {"json", report_json},
    {"sarif", report_sarif},
    {"codequality", report_codequality},
};

ReportFn report_for(const char *format) {
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
    if (!strcmp(formats[i].name, format)) return formats[i].fn;
  return NULL;
}

const char *report_formats(void) { return "text, json, sarif, codequality"; }
