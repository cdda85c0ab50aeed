/* objgraph.h: counting the live objects by type, and why one is alive.
 * Chapter 7.  Counterpart: not CPython itself but objgraph 3.5 (Debian's
 * python3-objgraph), which builds the same from the gc module's
 * get_objects and get_referrers.
 *
 * Every function here sees what objgraph sees: the objects the collector
 * tracks (gc_get_objects), never an int or a str, which no list holds. */
#ifndef GC_OBJGRAPH_H
#define GC_OBJGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "object.h"

/* A question asked of one object: 1 yes, 0 no, -1 failed (the caller's
 * error, such as a Python exception, is left set). */
typedef int (*ObjectPredicate)(Object *op, void *arg);

/* One row of a table of types: the type's name (borrowed from the dict of
 * counts it came from), how many are alive, and by how much that number
 * passed its peak (growth only). */
typedef struct TypeCount {
    Object *name;
    long count;
    long delta;
} TypeCount;

/* The name objgraph counts op under (its _short_typename): its type's
 * __name__, which for a built-in type is the tp_name after its last dot
 * ("weakref.ReferenceType" is "ReferenceType"), as CPython's type_name. */
const char *objgraph_short_typename(const Object *op);

/* objgraph.typestats: a new dict {type name: count} of `objects` (a list),
 * in the order each name first appears; only the objects `keep` says yes
 * to, if it is not NULL.  NULL if keep failed. */
Object *objgraph_typestats(Object *objects, ObjectPredicate keep, void *arg);

/* objgraph's `limit`, as Python's slice [:limit] reads it: 0 keeps all,
 * a negative one drops that many from the end. */
size_t objgraph_limit(size_t rows, long limit);

/* objgraph.most_common_types: the rows of `stats`, most numerous first,
 * ties in the dict's order (Python's sort is stable), cut to `limit`.
 * `rows` has room for dict_size(stats); returns how many it holds. */
size_t objgraph_most_common(Object *stats, long limit, TypeCount *rows);

/* objgraph.growth: the types of `stats` that now number more than their
 * peak in `peak_stats` ({name: count}, updated to the new peaks), by how
 * much, largest first, cut to `limit`.  `rows` has room for
 * dict_size(stats); returns how many it holds. */
size_t objgraph_growth(Object *stats, Object *peak_stats, long limit, TypeCount *rows);

/* The two tables objgraph prints, one line a row, names padded to the
 * longest: show_most_common_types ("%-*s %i") and show_growth
 * ("%-*s%9d %+9d"). */
void objgraph_write_counts(FILE *out, const TypeCount *rows, size_t count);
void objgraph_write_growth(FILE *out, const TypeCount *rows, size_t count);

/* The objects of the list `objects` that no other object of it refers to
 * (objgraph's get_leaking_objects, given gc.get_objects(): the tracked
 * objects that nothing tracked refers to), a new list in its order. */
Object *objgraph_leaking_objects(Object *objects);

/* What a back-reference search leaves out: objects by address (objgraph's
 * extra_ignore, a list of id()s). */
typedef struct Ignored {
    const uintptr_t *ids;
    size_t count;
} Ignored;

/* objgraph.find_backref_chain: a shortest chain of references from an
 * object `is_root` says yes to, down to `obj`, as a new list [root, ...,
 * obj]; [obj] if no root is within max_depth references.  Breadth-first
 * over the referrers of each object in the collector's order (as
 * gc.get_referrers lists them), so that of two chains of one length the
 * one whose objects come first in that order wins, as in objgraph.  NULL
 * if is_root failed. */
Object *objgraph_find_backref_chain(Object *obj, ObjectPredicate is_root, void *arg,
                                    long max_depth, Ignored ignored);

/* How show_backrefs draws: each object's label (a new str, or NULL with
 * the caller's error set; NULL `label` writes the type's name alone), which
 * referrers to draw (`keep`, may be NULL), where to stop (`cull`, objgraph
 * stops at modules; may be NULL), and how many referrers of one object
 * before the rest are counted in a box ("too_many"). */
typedef struct BackrefsStyle {
    Object *(*label)(Object *op, void *arg);
    ObjectPredicate keep, cull;
    void *arg;
    long max_depth, too_many;
    Ignored ignored;
} BackrefsStyle;

/* objgraph.show_backrefs: write the Graphviz graph of what refers to
 * objs[0..count), breadth-first, in objgraph 3.5's dot.  Returns the number
 * of objects drawn, or -1 if a callback failed. */
long objgraph_write_backrefs(FILE *out, Object *const *objs, size_t count,
                             const BackrefsStyle *style);

#endif
