/* khash-mini.h - the parts of klib's khash.h interface that this case uses,
 * written for the case so that it parses where klib is not at hand.
 * As in khash.h, khash_t(name) is the type kh_name_t, each operation is a
 * macro that calls the function of that name (kh_put(str, h, k, &r) calls
 * kh_put_str), and kh_size reads a field. KHASH_DECLARE declares the
 * functions of one instance; the program that defines them is elsewhere. */
#ifndef KHASH_MINI_H
#define KHASH_MINI_H

typedef unsigned int khint_t;
typedef khint_t khiter_t;

#define KHASH_DECLARE(name, khkey_t, khval_t)                                  \
  typedef struct kh_##name##_s {                                               \
    khint_t n_buckets, size, n_occupied, upper_bound;                          \
    khint_t *flags;                                                            \
    khkey_t *keys;                                                             \
    khval_t *vals;                                                             \
  } kh_##name##_t;                                                             \
  kh_##name##_t *kh_init_##name(void);                                         \
  void kh_destroy_##name(kh_##name##_t *h);                                    \
  void kh_clear_##name(kh_##name##_t *h);                                      \
  khint_t kh_get_##name(const kh_##name##_t *h, khkey_t key);                  \
  khint_t kh_put_##name(kh_##name##_t *h, khkey_t key, int *ret);              \
  void kh_del_##name(kh_##name##_t *h, khint_t x);

#define khash_t(name) kh_##name##_t
#define kh_init(name) kh_init_##name()
#define kh_destroy(name, h) kh_destroy_##name(h)
#define kh_clear(name, h) kh_clear_##name(h)
#define kh_get(name, h, k) kh_get_##name(h, k)
#define kh_put(name, h, k, r) kh_put_##name(h, k, r)
#define kh_del(name, h, k) kh_del_##name(h, k)
#define kh_end(h) ((h)->n_buckets)
#define kh_size(h) ((h)->size)
#define kh_val(h, x) ((h)->vals[x])

#endif
