/* list.h: lists, a container.  Chapter 1.  CPython: Objects/listobject.c. */
#ifndef GC_LIST_H
#define GC_LIST_H

#include "object.h"

typedef struct List {
    Object ob;
    size_t size;
    size_t capacity;
    Object **items; /* each a strong reference */
} List;

extern Type ListType;

Object *list_new(void);
/* A list's item array, from the allocator the list itself uses (chapter 6
 * moves it from malloc to the object allocator): code outside list.c that
 * builds or takes over a list's items gets and returns them here.  Resize
 * returns NULL when out of memory, leaving items as they were. */
Object **list_items_resize(Object **items, size_t count);
void list_items_free(Object **items);
size_t list_size(const Object *list);
/* Adds a new reference to item (borrows the caller's). */
void list_append(Object *list, Object *item);
/* Borrowed reference. */
Object *list_getitem(const Object *list, size_t index);
/* STEALS the caller's reference to item, as CPython's PyList_SetItem. */
void list_setitem(Object *list, size_t index, Object *item);
/* Remove the item at index and return it: the list's reference becomes the
 * caller's. */
Object *list_pop(Object *list, size_t index);

#endif
