/* check.h - a minimal test harness: CHECK records a failure and goes on. */
#ifndef GROWLINT_TEST_CHECK_H
#define GROWLINT_TEST_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                                 \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);     \
      check_failures++;                                                             \
    }                                                                               \
  } while (0)

#define CHECK_STR(a, b)                                                             \
  do {                                                                              \
    const char *a_ = (a), *b_ = (b);                                                \
    if (!a_ || !b_ || strcmp(a_, b_)) {                                             \
      fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__,   \
              b_ ? b_ : "(null)", a_ ? a_ : "(null)");                              \
      check_failures++;                                                             \
    }                                                                               \
  } while (0)

#define RUN(test)                                                                   \
  do {                                                                              \
    int before_ = check_failures;                                                   \
    test();                                                                         \
    printf("%s %s\n", check_failures == before_ ? "ok  " : "FAIL", #test);         \
  } while (0)

#endif
