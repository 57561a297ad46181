/* nginx-mini.h - the few declarations of nginx's ngx_array.h and ngx_list.h
 * that this case uses, written for the case so that it parses where nginx's
 * sources are not at hand. As in nginx, an array lives in a pool and is
 * emptied by setting its element count to zero (a->nelts = 0). */
#ifndef NGINX_MINI_H
#define NGINX_MINI_H

#include <stddef.h>

typedef unsigned long ngx_uint_t;
typedef long ngx_int_t;
typedef struct ngx_pool_s ngx_pool_t;

typedef struct {
  void *elts;
  ngx_uint_t nelts;
  size_t size;
  ngx_uint_t nalloc;
  ngx_pool_t *pool;
} ngx_array_t;

typedef struct ngx_list_part_s ngx_list_part_t;
struct ngx_list_part_s {
  void *elts;
  ngx_uint_t nelts;
  ngx_list_part_t *next;
};

typedef struct {
  ngx_list_part_t *last;
  ngx_list_part_t part;
  size_t size;
  ngx_uint_t nalloc;
  ngx_pool_t *pool;
} ngx_list_t;

ngx_array_t *ngx_array_create(ngx_pool_t *p, ngx_uint_t n, size_t size);
ngx_int_t ngx_array_init(ngx_array_t *array, ngx_pool_t *pool, ngx_uint_t n, size_t size);
void ngx_array_destroy(ngx_array_t *a);
void *ngx_array_push(ngx_array_t *a);
void *ngx_array_push_n(ngx_array_t *a, ngx_uint_t n);

ngx_list_t *ngx_list_create(ngx_pool_t *pool, ngx_uint_t n, size_t size);
ngx_int_t ngx_list_init(ngx_list_t *list, ngx_pool_t *pool, ngx_uint_t n, size_t size);
void *ngx_list_push(ngx_list_t *list);

#endif
