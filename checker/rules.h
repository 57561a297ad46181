/* rules.h - rule texts, container models and entry models, loaded as data
 * from the YAML files of a rules directory: its *.yaml files, then those of
 * its models/ folder (one file per library), each sorted by name.
 *
 * A RuleSet is immutable after rules_load and owned by the caller
 * (rules_free). Lookups return borrowed pointers into it. Inheritance
 * (`inherits:`) is resolved while loading: a model holds its full op lists.
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
  OPK_CREATE,   /* constructs a new, empty handle (g_hash_table_new): not a reset */
  OPK_LINK,     /* links its argument, an element, into the list the same call grows (list_add@0) */
  OPK_UNLINK,   /* takes its argument, an element, off whatever list holds it (list_del, LIST_REMOVE) */
  OPK_COUNT
} OpKind;

typedef struct {
  char *type;        /* the first of types, e.g. "std::vector"; "*realloc" and "*list" for the C families;
                        an abstract model (name only, never matched) has its name here */
  char *name;        /* what `inherits:` refers to: the `name:` key, else NULL (then the types) */
  PtrVec types;      /* char*: type names or patterns ("std::*map") it matches; empty when abstract */
  ModelFamily family; /* facts.h */
  PtrVec ops[OPK_COUNT]; /* char* names per OpKind (index OPK_GROW..OPK_CREATE) */
  int arg;           /* FAMILY_HANDLE: index of the container argument */
  int declared;      /* FAMILY_HANDLE: applies only in a unit that declares one of its functions
                        (`declared: true`, for a type named like a project's own: list, dict) */
  PtrVec fields;     /* char*: a record type that has fields of all these names is this model's
                        (`fields:`, a head declared by a macro: TAILQ_HEAD(jobq, job)); empty: by type only */
  PtrVec field_types; /* char*: ... and fields of all these types (`field_types: [UT_hash_handle]`) */
} ContainerModel;

/* Why a fix is suggested: the evidence link found about how the program
 * uses the container (README "Which fix, and why"). A fix text may be
 * written for some reasons only (`reason:`).
 * ORDER REASON: reason_names[] in rules.c. */
typedef enum {
  REASON_LOG = 0,  /* "log": nothing reads it in full after filling it, nothing looks it up */
  REASON_LOOKUP,   /* "lookup": only looked up by key (a memo, a seen-set) */
  REASON_CACHE,    /* "cache": looked up by key and also read in full */
  REASON_BATCH,    /* "batch": read in full after it is filled (cleanup) */
  REASON_OWNING,   /* "owning": its elements own what others own (std::shared_ptr) */
  REASON_OBSERVER, /* "observer": raw pointers to objects added by their own class, never removed */
  REASON_SEARCH,   /* "search": read in full only before it grows, in the function that grows it (a search) */
  REASON_COUNT
} FixReason;

/* "log", "lookup", ...; "?" out of range. */
const char *rules_reason_name(FixReason r);

/* Which storages a rule or a fix text applies to. A zero mask, or an empty
 * list, matches anything. */
typedef struct {
  unsigned families; /* bit (1 << ModelFamily) */
  unsigned kinds;    /* bit (1 << StorageKind) */
  unsigned langs;    /* bit (1 << Lang) */
  unsigned reasons;  /* bit (1 << FixReason); fix texts only */
  PtrVec models;     /* char*: model type names or patterns ("std::*map") */
  PtrVec grows;      /* char*: how it grows (the grow op's name, "head" or "tail" for a
                        list; patterns allowed); fix texts only */
} AppliesTo;

typedef struct {
  char *id;          /* e.g. growth-global-container */
  char *title;       /* one line */
  char *severity;    /* warning | error */
  char *message;     /* template: {symbol} {type} {kind} */
  char *rationale;   /* paragraph */
  AppliesTo applies; /* the storages it reports: link takes the first rule that matches */
} Rule;

typedef struct {
  char *name;        /* bounded | cleanup | weak-reference */
  char *text;        /* what to do: a template of advice.h's placeholders ({the}, {because}, {c}, {max}, ...) */
  char *example;     /* one line of code, a template like text */
  char *patch;       /* "guard": the example is a size guard a patch may insert before the grow
                        statement; "release": the example empties the container, and a patch may
                        insert it at the end of the block that reads it in full (advice.h); NULL:
                        no patch */
  AppliesTo when;    /* the storages this text is written for: the first text that matches is used */
} Fix;

/* What a rule or fix is matched against: a storage's traits. */
typedef struct {
  ModelFamily family;
  StorageKind kind;
  Lang lang;          /* the language of the unit that declared it */
  const char *model;  /* the model it matched (class name, handle type) */
  FixReason reason;   /* fix texts: why the fix is suggested (REASON_LOG when unknown) */
  const char *grow;   /* fix texts: how it grows (push_back, realloc, "head"); NULL: unknown */
} StorageTraits;

typedef struct {
  PtrVec rules;          /* Rule* */
  PtrVec fixes;          /* Fix*, in file order: per fix name, the first that matches wins */
  PtrVec models;         /* ContainerModel* */
  PtrVec entry_register; /* char*: functions that register long-lived callbacks */
  PtrVec entry_transient;/* char*: functions that call their callback only while they run ("std::*" prefix allowed) */
  PtrVec entry_forward;  /* char*: functions whose result carries the function passed to them (std::bind) */
  PtrVec entry_once;     /* char*: functions that run their callback once where they are called (thread starts, atexit) */
  PtrVec owning;         /* char*: owning smart pointer types (weak-reference fix) */
  PtrVec shrink_funcs;   /* char*: free functions that empty their argument (std::swap, std::move) */
  PtrVec grow_funcs;     /* char*: free functions that grow their first argument (std::back_inserter) */
  PtrVec read_funcs;     /* char*: free functions that only read their argument (std::begin, std::size) */
  PtrVec alloc_funcs;    /* char*: C functions that return a new object (malloc, calloc): a static pointer set
                            from one once owns it, as `new` makes it */
  PtrVec disabled;       /* char*: rule ids switched off */
  PtrVec programs;       /* char*: functions that root a program besides main (.growlint.yaml programs:) */
  char *digest;          /* hex digest of every file's content, for caching */
} RuleSet;

/* A project's .growlint.yaml (README.md "Configuration"). */
typedef struct {
  char *path;         /* the file, NULL when there is none */
  PtrVec exclude;     /* char*: path globs whose units are not analysed */
  char *db;           /* database path (absolute), NULL for the default */
  char *fail_on;      /* any | new | none, NULL for the default */
  char *compile_database; /* the folder holding compile_commands.json (absolute), NULL when not given */
  PtrVec extra_args;  /* char*: compiler arguments added to every unit, as written (their relative
                         paths are relative to the folder of path) */
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
/* The first text of fix `name` (any storage); NULL when absent. */
const Fix *rules_fix(const RuleSet *rs, const char *name);
/* The first rule whose applies-to matches the storage; NULL when none does. */
const Rule *rules_rule_for(const RuleSet *rs, const StorageTraits *st);
/* The first text of fix `name` written for the storage; NULL when none is. */
const Fix *rules_fix_for(const RuleSet *rs, const char *name, const StorageTraits *st);
/* Appends to out (borrowed Fix*) the texts of every fix that may be told for
 * a storage the rule applies to (those whose families and languages meet the
 * rule's), in file order. */
void rules_fixes_of_rule(const RuleSet *rs, const Rule *rule, PtrVec *out);
/* "bounded (c++, std::*map)": the fix's name and what its text is written for (owned). */
char *rules_fix_label(const Fix *f);

/* Model for a qualified class name or a C pointee type name: an exact
 * type of a model first, else a pattern; later files win. */
const ContainerModel *rules_model_for_type(const RuleSet *rs, const char *qualified);
const ContainerModel *rules_model_family(const RuleSet *rs, ModelFamily family);
/* The model (latest first) whose `fields:` and `field_types:` a record with these
 * field names and field type spellings (char*) has; NULL when none. */
const ContainerModel *rules_model_for_shape(const RuleSet *rs, const PtrVec *names, const PtrVec *types);
/* Does any model match records by their fields? */
int rules_has_shapes(const RuleSet *rs);
OpKind rules_classify(const ContainerModel *m, const char *op_name);
/* What call op_name does to its argument number idx, for a handle model:
 * a name listed plainly acts on the model's `arg`; a name listed as
 * "name@N" acts on argument N ("listJoin@1": listJoin(l, o) empties o).
 * OPK_NONE when the call does nothing modelled to that argument. */
OpKind rules_classify_arg(const ContainerModel *m, const char *op_name, int idx);
/* What call op_name does to an element of an intrusive list given as its
 * argument idx ("list_add@0"; a plain name: argument 0), over every handle
 * model's `link:` and `unlink:` lists: OPK_LINK, OPK_UNLINK or OPK_NONE. */
OpKind rules_classify_element(const RuleSet *rs, const char *op_name, int idx);
/* Classifies a name against every model (used for dependent template code). */
OpKind rules_classify_any(const RuleSet *rs, const char *op_name);
int rules_name_in(const PtrVec *names, const char *qualified); /* supports "ns::*" */
/* Does name match pattern? '*' matches any run of characters ("std::*map"). */
int rules_glob(const char *pattern, const char *name);
int rules_enabled(const RuleSet *rs, const char *id);
/* Switches rules on and off with clang-tidy's check syntax: a comma-separated
 * list of globs ('*' matches any run of characters), each switching on the
 * rules it matches, or off with a leading '-'; later globs win
 * ("-*,growth-global-*"). Applied on top of what is switched already.
 * A glob that matches no rule is GL_EINPUT: "ORIGIN: 'GLOB' matches no rule
 * (RULES)", so that a typo does not silently switch nothing. */
GlResult rules_apply_checks(RuleSet *rs, const char *checks, const char *origin, GlError *err);

#endif
