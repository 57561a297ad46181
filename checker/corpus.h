/* corpus.h - the corpus of mistakes and correct ways, as installed
 * (cli_corpus_dir): CORPUS/RULE/CASE/{mistake,correct*}.{c,cpp,py}.
 */
#ifndef GROWLINT_CORPUS_H
#define GROWLINT_CORPUS_H

#include "facts.h"
#include "util.h"

/* The folder of rule's case with a single-file mistake and the most correct
 * ways (the first by name among equals), owned; NULL when there is none. */
char *corpus_case(const char *rule);
/* The same among the cases whose mistake is in language lang (LANG_C:
 * mistake.c, LANG_CXX: mistake.cpp); NULL when there is none. */
char *corpus_case_lang(const char *rule, Lang lang);
/* Appends the program files of a case folder to out: the mistake first,
 * then each correct* way by name (owned strings, free with pv_free(out, free)). */
void corpus_case_files(const char *dir, PtrVec *out);

#endif
