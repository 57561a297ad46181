/* advice.h - which fix a finding suggests, why, and the note that says it
 * in the words of the container's own code (README "Which fix, and why").
 *
 * Link gathers the evidence (how the program grows, reads and looks up the
 * container); advice chooses the fix from it, picks the fix text written
 * for the container's language, family, type, reason and way of growing
 * (rules/rules.yaml `fixes:`) and fills the text's placeholders with the
 * container's name, type, place, grow site and consumer. Nothing here reads
 * the store; the sources of the grow site and of the full read are read for
 * names the facts do not hold (a list's link field and tail pointer, the
 * count a realloc'd array is written at) and for patches.
 *
 * Placeholders of a fix text or example (and of the reason phrases):
 *   {the}         'g_log' (std::vector<std::string>, server.cpp:5)
 *   {because}     because 'g_seen' is only looked up by key
 *   {c}           the container as written: g_log, g_server.sessions
 *   {name}        an identifier made from it: g_server_sessions
 *   {type} {elem} its type and element type; {pointee} what an element points to
 *                 (Session for std::shared_ptr<Session> or Session *, int for int *)
 *   {node}        a list's node type (struct node); {next} its link field (next);
 *                 {tail} the tail pointer of a list fed at its tail (g_last)
 *   {max}         a named maximum: kMaxLog in C++, MAX_LOG in C
 *   {grow_site}   push_back in 'remember', server.cpp:8; {grow_fn} {grow_at} its parts
 *   {consumer}    the function that reads it in full; {consumer_at} where
 *   {count}       the count a realloc'd array is written at (g_count): the index
 *                 of its writes in the grow site's file, else the count that sizes it
 *   {counts}      that count and its capacity when a capacity sizes it apart
 *                 (g_n = g_cap), else the count; {its_counts} the same in words
 *                 (its count 'g_n' and its capacity 'g_cap')
 */
#ifndef GROWLINT_ADVICE_H
#define GROWLINT_ADVICE_H

#include "facts.h"
#include "rules.h"

/* What link knows about how a program uses one reported container. Every
 * pointer is borrowed and outlives the call. */
typedef struct {
  const FactStorage *s;    /* the container */
  const FactOp *grow;      /* its first repeating grow site */
  const char *grow_fn;     /* the name of the function it grows in; "" at file scope */
  const FactOp *iterate;   /* the first op that reads all of it, or NULL */
  const char *iterate_fn;  /* the name of that op's function, or NULL */
  int lookup;              /* something looks it up by key */
  const char *counter;     /* the storage key of its count (a realloc'd array), or NULL */
  const char *link;        /* a list's head insertion ("->next = head"), or NULL: fed at its tail */
  const char *count;       /* the storage key of the count its elements are written at (a[n++] = x), or NULL */
} Evidence;

/* One edit of a patch to review: insert text before line:col of file
 * (1-based; col counts bytes, as libclang does). */
typedef struct {
  char *file;     /* absolute path, owned */
  unsigned line, col;
  char *text;     /* owned */
} Edit;

typedef struct {
  const char *fix;  /* bounded | cleanup | weak-reference (a static string) */
  FixReason reason; /* why */
  char *note;       /* "suggested fix (FIX): ...", owned; NULL when the rules have no text for it */
  PtrVec edits;     /* Edit*, owned: the patch of a mechanical case (README "A patch to review"),
                       in file order; empty when there is none */
} Advice;

/* Chooses the fix for ev and writes its note into *out (advice_clear frees
 * it). When the fix is mechanical and the source reads as expected (a
 * bounded size guard before a grow statement that starts its line, with a
 * named maximum after a one-line declaration; a cleanup's release at the end
 * of the block that reads it in full, whose closing brace starts its line),
 * out->edits holds the patch; advice reads the source files of the
 * container and of its full read for that, and nothing else. */
void advice_decide(const RuleSet *rs, const Evidence *ev, Advice *out);
void advice_clear(Advice *a);
void advice_edit_free(void *edit);

/* A fix text or example with each placeholder written as what it stands for
 * (<container>, <MAX>), as `growlint explain` prints it (owned). */
char *advice_generic(const char *tmpl);

#endif
