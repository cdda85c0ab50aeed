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
/* Adds new references to key and value.  false only if a type's hash or
 * equal failed, as table.h says, and then nothing is stored. */
bool dict_setitem(Object *dict, Object *key, Object *value);
/* Set every pair of `from` in dict, hashing no key again; false, part
 * done, if a key's equal failed (table.h). */
bool dict_merge(Object *dict, const Object *from);
/* Borrowed reference, or NULL if key is absent (or a key's hash or equal
 * failed: table.h). */
Object *dict_getitem(const Object *dict, const Object *key);
/* As table_setdefault and table_pop (table.h). */
Object *dict_setdefault(Object *dict, Object *key, Object *value);
Object *dict_pop(Object *dict, const Object *key);
/* Returns false if key was absent. */
bool dict_delitem(Object *dict, const Object *key);
/* Iterate in insertion order from *pos = 0; borrowed references. */
bool dict_next(const Object *dict, size_t *pos, Object **key, Object **value);

//> 2
/* Stop tracking dict if it holds no container (collections call this). */
void dict_maybe_untrack(Object *dict);
//< 2

#endif
