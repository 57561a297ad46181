/* rules.h - rule texts, container models and entry models, loaded as data
 * from the YAML files of a rules directory (see rules/README.md).
 *
 * A RuleSet is immutable after rules_load and owned by the caller
 * (rules_free). Lookups return borrowed pointers into it.
 */
#ifndef GROWLINT_RULES_H
#define GROWLINT_RULES_H

#include "facts.h"
#include "util.h"

/* What an operation does to a container.
 * ORDER OPK: op_keys[] in rules.c follows this order. */
typedef enum {
  OPK_NONE = 0, /* read-only or unknown */
  OPK_GROW,     /* adds elements */
  OPK_SHRINK,   /* removes elements */
  OPK_RESET,    /* replaces the contents (assign, resize, operator=) */
  OPK_LOOKUP,   /* keyed lookup */
  OPK_SIZE,     /* reads the size (used by size guards) */
  OPK_ITERATE,  /* walks every element */
  OPK_COUNT
} OpKind;

typedef struct {
  char *type;        /* qualified type name, e.g. "std::vector"; "*" for C pointers */
  ModelFamily family; /* facts.h */
  PtrVec ops[OPK_COUNT]; /* char* names per OpKind (index OPK_GROW..OPK_ITERATE) */
  int arg;           /* FAMILY_HANDLE: index of the container argument */
} ContainerModel;

typedef struct {
  char *id;          /* e.g. growth-global-container */
  char *title;       /* one line */
  char *severity;    /* warning | error */
  char *message;     /* template: {symbol} {type} {kind} */
  char *rationale;   /* paragraph */
} Rule;

typedef struct {
  char *name;        /* bounded | cleanup | weak-reference */
  char *text;        /* what to do */
  char *example;     /* one line of code */
} Fix;

typedef struct {
  PtrVec rules;          /* Rule* */
  PtrVec fixes;          /* Fix* */
  PtrVec models;         /* ContainerModel* */
  PtrVec entry_register; /* char*: functions that register long-lived callbacks */
  PtrVec entry_transient;/* char*: functions that call their callback only while they run ("std::*" prefix allowed) */
  PtrVec entry_forward;  /* char*: functions whose result carries the function passed to them (std::bind) */
  PtrVec entry_once;     /* char*: functions that run their callback once where they are called (thread starts, atexit) */
  PtrVec owning;         /* char*: owning smart pointer types (weak-reference fix) */
  PtrVec shrink_funcs;   /* char*: free functions that empty their argument (std::swap, std::move) */
  PtrVec disabled;       /* char*: rule ids switched off */
  char *digest;          /* hex digest of every file's content, for caching */
} RuleSet;

/* A project's .growlint.yaml (README.md "Configuration"). */
typedef struct {
  char *path;         /* the file, NULL when there is none */
  PtrVec exclude;     /* char*: path globs whose units are not analysed */
  char *db;           /* database path (absolute), NULL for the default */
  char *fail_on;      /* any | new | none, NULL for the default */
} ProjectConfig;

/* Loads a project configuration on top of rs: rules switched on or off,
 * extra models, excluded paths, database path, fail-on policy. Unknown
 * keys, unknown rule ids and bad values are errors naming file, line, key. */
GlResult rules_load_config(RuleSet *rs, const char *path, ProjectConfig *cfg, GlError *err);
void rules_config_free(ProjectConfig *cfg);
/* Loads rules (cfg NULL) or a configuration from text in memory; name is for messages. */
GlResult rules_load_text(RuleSet *rs, const char *name, const char *text, size_t len, ProjectConfig *cfg,
                         GlError *err);

/* Loads every *.yaml file of dir (sorted by name) into a new RuleSet.
 * Returns GL_OK and *out (owned, free with rules_free), or GL_EINPUT with a
 * message naming file, line and key. */
GlResult rules_load(const char *dir, RuleSet **out, GlError *err);
/* Loads one more file on top of a RuleSet (project models). */
GlResult rules_load_file(RuleSet *rs, const char *path, GlError *err);
void rules_free(RuleSet *rs);

/* Borrowed lookups; NULL when absent. */
const Rule *rules_find(const RuleSet *rs, const char *id);
const Fix *rules_fix(const RuleSet *rs, const char *name);
/* Model for a qualified class name or a C pointee type name. */
const ContainerModel *rules_model_for_type(const RuleSet *rs, const char *qualified);
const ContainerModel *rules_model_family(const RuleSet *rs, ModelFamily family);
OpKind rules_classify(const ContainerModel *m, const char *op_name);
/* Classifies a name against every model (used for dependent template code). */
OpKind rules_classify_any(const RuleSet *rs, const char *op_name);
int rules_name_in(const PtrVec *names, const char *qualified); /* supports "ns::*" */
int rules_enabled(const RuleSet *rs, const char *id);

#endif
