/* ops.h: what Python's operators and protocols do to objects.  Chapter 2
 * (the runner).  CPython: Objects/abstract.c and Objects/object.c.
 *
 * Every function returns a new reference, or NULL (or -1) with an exception
 * set, and borrows its arguments. */
#ifndef MINIPY_OPS_H
#define MINIPY_OPS_H

#include <stdbool.h>

#include "ast.h"
#include "object.h"

bool is_true(const Object *op);
/* True for int and bool (a bool is an int in Python). */
bool is_int(const Object *op);
long as_long(const Object *op);

Object *binary_op(Op op, Object *a, Object *b);
/* a += b: in place for lists, otherwise binary_op. */
Object *inplace_op(Op op, Object *a, Object *b);
Object *unary_op(Op op, Object *a);
/* One comparison of a chain: a new True or False. */
Object *compare_op(Op op, Object *a, Object *b);
/* 1, 0, or -1 with an exception set. */
int equal(Object *a, Object *b);
int contains(Object *container, Object *item);
/* The items of a list or tuple, borrowed (valid until code runs), and
 * their count. */
Object **items_of(Object *seq, size_t *count);
/* len(op), or -1 with an exception set. */
long length(Object *op);

/* repr() and str(); both a new str. */
Object *repr_of(Object *op);
Object *str_of(Object *op);

Object *get_attr(Object *obj, Object *name);
/* The function an instance's class defines as `name` (__repr__, ...),
 * borrowed, or NULL. */
Object *special_method(Object *obj, const char *name);
int set_attr(Object *obj, Object *name, Object *value);
int del_attr(Object *obj, Object *name);
/* A method lookup that binds nothing: the function (a new reference) and
 * *self_needed says whether obj must be passed as the first argument.  This
 * is how CPython 3.11's LOAD_METHOD avoids making a bound method. */
Object *get_method(Object *obj, Object *name, bool *self_needed);

Object *get_item(Object *obj, Object *key);
int set_item(Object *obj, Object *key, Object *value);
int del_item(Object *obj, Object *key);
/* Raise KeyError(key); returns NULL. */
Object *raise_key_error(Object *key);
/* Raise TypeError unless key can be a dict key. */
bool check_hashable(const Object *key);

/* Iteration.  Iter holds a reference to what it iterates. */
typedef struct Iter {
    Object *seq;
    long pos;
    size_t dict_size;  /* a dict's size when iteration began */
} Iter;
/* 0, or -1 with TypeError: 'int' object is not iterable. */
int iter_start(Iter *it, Object *iterable);
/* The next item (new reference); NULL at the end, or on an error (then an
 * exception is set: check error_occurred()). */
Object *iter_next(Iter *it);
void iter_end(Iter *it);
/* Append the rest of an iteration's items to list, then end it: 0, or -1
 * with an exception set. */
int iter_drain(Iter *it, Object *list);
/* A new list of the items of an iterable. */
Object *list_from_iterable(Object *iterable);

/* The recursion guard shared by repr, equality and calls: CPython 3.11's
 * limit of 1000 nested calls. */
#define RECURSION_LIMIT 1000
bool enter_recursive(const char *where);
void leave_recursive(void);

#endif
