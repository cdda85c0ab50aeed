/* Chapter 1 exercise pair.  Extend the runtime with a container type of your
 * own.
 * Graded by tests/exercises/01-reference-counting/test_pair.c: run
 * `make grade CH=1`; `make hint EX=pair` gives a hint at a time.
 *
 * A pair holds two strong references, `first` and `second`, like a Python
 * tuple of two.  Write:
 *
 *   Object *pair_new(Object *first, Object *second)
 *       A new pair (a new reference, owned by the caller).  Borrows its
 *       arguments, which are objects (not NULL), and increfs what it keeps.
 *       pair_new(x, x) is allowed: the pair then holds two references to x.
 *
 *   Object *pair_first(Object *pair), Object *pair_second(Object *pair)
 *       Borrowed references (NULL after clear).  Given anything but a pair,
 *       they stop with the runtime's clear error, as list.c's functions do:
 *       fatal_misuse(op, "expected a pair") (debug.h).
 *
 *   Type PairType, named "pair", with basic_size, flags TYPE_GC (a pair can
 *   be part of a cycle, so the collector of chapter 2 must track it), and:
 *
 *     dealloc   releases both references, first then second.  It must work
 *               after clear, when both are NULL.
 *     traverse  calls visit(first, arg) then visit(second, arg), skipping a
 *               NULL one; a nonzero result of visit stops the walk at once
 *               and traverse returns it; otherwise it returns 0.
 *     clear     drops both references and leaves both NULL, so that the pair
 *               is still valid (chapter 2 uses it to break cycles).  Detach
 *               both before releasing either, first then second: a release
 *               can run code that looks at the pair.  Calling clear twice
 *               releases nothing the second time.
 *
 * A chain of a million pairs, each holding the next, must be freed by one
 * decref of its head.  (Will your dealloc recurse a million deep?  Find out
 * why not in src/dealloc.c, or with the hints.)
 *
 * Use only the public API of the runtime (runtime.h).  Do not edit src/. */
#include "runtime.h"

/* TODO: the pair's layout: the header every object starts with, then the
 * two references. */
typedef struct Pair {
    Object ob;
} Pair;

Object *pair_new(Object *first, Object *second)
{
    /* TODO */
    (void)first;
    (void)second;
    return NULL;
}

Object *pair_first(Object *pair)
{
    /* TODO */
    (void)pair;
    return NULL;
}

Object *pair_second(Object *pair)
{
    /* TODO */
    (void)pair;
    return NULL;
}

static void pair_dealloc(Object *self)
{
    /* TODO */
    (void)self;
}

static int pair_traverse(Object *self, visitproc visit, void *arg)
{
    /* TODO */
    (void)self;
    (void)visit;
    (void)arg;
    return 0;
}

static void pair_clear(Object *self)
{
    /* TODO */
    (void)self;
}

Type PairType = {
    .name = "pair",
    /* TODO: .basic_size and .flags */
    .dealloc = pair_dealloc,
    .traverse = pair_traverse,
    .clear = pair_clear,
};
