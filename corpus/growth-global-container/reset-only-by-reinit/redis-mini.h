/* redis-mini.h - the few declarations of Redis's dict.h and adlist.h that this
 * case uses, written for the case so that it parses where Redis is not at hand.
 * As in Redis, dictSize and listLength are macros over the structures' fields. */
#ifndef REDIS_MINI_H
#define REDIS_MINI_H

#include <stddef.h>

typedef struct dictType {
  unsigned long (*hash)(const void *key);
} dictType;

typedef struct dict {
  dictType *type;
  unsigned long used;
} dict;

typedef struct listNode {
  struct listNode *prev, *next;
  void *value;
} listNode;

typedef struct list {
  listNode *head, *tail;
  unsigned long len;
} list;

typedef struct listIter {
  listNode *next;
  int direction;
} listIter;

#define DICT_OK 0
#define dictSize(d) ((d)->used)
#define listLength(l) ((l)->len)
#define listFirst(l) ((l)->head)
#define listNodeValue(n) ((n)->value)

dict *dictCreate(dictType *type);
int dictAdd(dict *d, void *key, void *val);
int dictReplace(dict *d, void *key, void *val);
int dictDelete(dict *d, const void *key);
void dictEmpty(dict *d, void(callback)(dict *));
void dictRelease(dict *d);
void *dictFetchValue(dict *d, const void *key);

list *listCreate(void);
list *listAddNodeTail(list *l, void *value);
void listDelNode(list *l, listNode *node);
void listEmpty(list *l);
void listJoin(list *l, list *o);
void listRewind(list *l, listIter *li);
listNode *listNext(listIter *iter);

#endif
