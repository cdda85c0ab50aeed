/* dict.h: dictionaries, a container; keys as table.h says.  Chapter 1.
 * CPython: Objects/dictobject.c. */
#ifndef GC_DICT_H
#define GC_DICT_H

#include <stdbool.h>

#include "table.h"

typedef struct Dict {
    Object ob;
    Table table;
} Dict;

extern Type DictType;

Object *dict_new(void);
size_t dict_size(const Object *dict);
/* Adds new references to key and value. */
void dict_setitem(Object *dict, Object *key, Object *value);
/* Borrowed reference, or NULL if key is absent. */
Object *dict_getitem(const Object *dict, const Object *key);
/* Returns false if key was absent. */
bool dict_delitem(Object *dict, const Object *key);
/* Iterate in insertion order from *pos = 0; borrowed references. */
bool dict_next(const Object *dict, size_t *pos, Object **key, Object **value);

//> 2
/* Stop tracking dict if it holds no container (collections call this). */
void dict_maybe_untrack(Object *dict);
//< 2

#endif
