/* objgraph.c: counting the live objects by type, and why one is alive.
 * Chapter 7.  Counterpart: objgraph 3.5 (python3-objgraph), which does
 * this in Python over gc.get_objects and gc.get_referrers.
 *
 * objgraph asks gc.get_referrers once per object it visits, and each call
 * walks the whole heap: a chain of length d costs d walks.  Here the
 * referrers of every tracked object are found in two walks (referrers_build)
 * and the searches read that index; the order of each object's referrers is
 * the collector's, which is gc.get_referrers', so the answers are the same. */
#include "objgraph.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"

/* ---- counting ----------------------------------------------------------- */

const char *objgraph_short_typename(const Object *op)
{
    const char *name = type_name(op), *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

Object *objgraph_typestats(Object *objects, ObjectPredicate keep, void *arg)
{
    CHECK_NOT_NULL(objects);
    Object *stats = dict_new();
    for (size_t i = 0; i < list_size(objects); i++) {
        Object *op = list_getitem(objects, i);
        int kept = keep ? keep(op, arg) : 1;
        if (kept < 0) {
            decref(stats);
            return NULL;
        }
        if (!kept)
            continue;
        Object *name = str_new(objgraph_short_typename(op));
        Object *old = dict_getitem(stats, name);
        Object *count = int_new(old ? int_value(old) + 1 : 1);
        dict_setitem(stats, name, count);
        decref(name), decref(count);
    }
    return stats;
}

size_t objgraph_limit(size_t rows, long limit)
{
    if (limit > 0)
        return (size_t)limit < rows ? (size_t)limit : rows;
    if (limit < 0)
        return (size_t)-limit < rows ? rows - (size_t)-limit : 0;
    return rows;
}

/* Rows to sort by a key, largest first; `order` breaks ties as a stable
 * sort would. */
typedef struct Ranked {
    TypeCount row;
    long key;
    size_t order;
} Ranked;

static int by_key_descending(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->key != y->key)
        return x->key > y->key ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Sort ranked[0..count) and copy the first `limit` rows out. */
static size_t rank(Ranked *ranked, size_t count, long limit, TypeCount *rows)
{
    qsort(ranked, count, sizeof *ranked, by_key_descending);
    size_t kept = objgraph_limit(count, limit);
    for (size_t i = 0; i < kept; i++)
        rows[i] = ranked[i].row;
    free(ranked);
    return kept;
}

static Ranked *ranked_new(size_t count)
{
    Ranked *ranked = calloc(count ? count : 1, sizeof *ranked);
    if (ranked == NULL)
        fatal_out_of_memory("ranking the types of objgraph");
    return ranked;
}

size_t objgraph_most_common(Object *stats, long limit, TypeCount *rows)
{
    CHECK_NOT_NULL(stats);
    Ranked *ranked = ranked_new(dict_size(stats));
    size_t count = 0, pos = 0;
    Object *name, *value;
    while (dict_next(stats, &pos, &name, &value)) {
        ranked[count] = (Ranked){{name, int_value(value), 0}, int_value(value), count};
        count++;
    }
    return rank(ranked, count, limit, rows);
}

size_t objgraph_growth(Object *stats, Object *peak_stats, long limit, TypeCount *rows)
{
    CHECK_NOT_NULL(stats);
    CHECK_NOT_NULL(peak_stats);
    Ranked *ranked = ranked_new(dict_size(stats));
    size_t count = 0, pos = 0;
    Object *name, *value;
    while (dict_next(stats, &pos, &name, &value)) {
        Object *peak = dict_getitem(peak_stats, name);
        long now = int_value(value), before = peak ? int_value(peak) : 0;
        if (now <= before)
            continue;
        ranked[count] = (Ranked){{name, now, now - before}, now - before, count};
        count++;
        dict_setitem(peak_stats, name, value);
    }
    return rank(ranked, count, limit, rows);
}

static int name_width(const TypeCount *rows, size_t count)
{
    size_t width = 0;
    for (size_t i = 0; i < count; i++)
        if (str_length(rows[i].name) > width)
            width = str_length(rows[i].name);
    return (int)width;
}

void objgraph_write_counts(FILE *out, const TypeCount *rows, size_t count)
{
    int width = name_width(rows, count);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "%-*s %ld\n", width, str_chars(rows[i].name), rows[i].count);
}

void objgraph_write_growth(FILE *out, const TypeCount *rows, size_t count)
{
    int width = name_width(rows, count);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "%-*s%9ld %+9ld\n", width, str_chars(rows[i].name), rows[i].count,
                rows[i].delta);
}

/* ---- the referrers of every tracked object ------------------------------ */

/* No node: not indexed, or the start of a search. */
#define NO_NODE SIZE_MAX

/* Addresses to node numbers: open addressing, at most half full. */
typedef struct NodeIndex {
    const Object **keys;
    size_t *nodes;
    size_t mask;
} NodeIndex;

static void *zeroed(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size);
    if (p == NULL)
        fatal_out_of_memory("indexing the referrers of the heap");
    return p;
}

/* Room for `count` objects. */
static NodeIndex index_new(size_t count)
{
    size_t capacity = 16;
    while (capacity < 2 * count)
        capacity *= 2;
    return (NodeIndex){zeroed(capacity, sizeof(Object *)), zeroed(capacity, sizeof(size_t)),
                       capacity - 1};
}

static void index_free(NodeIndex *index)
{
    free(index->keys);
    free(index->nodes);
}

static size_t slot_of(const NodeIndex *index, const Object *op)
{
    size_t slot = (size_t)(((uintptr_t)op >> 4) * 0x9E3779B97F4A7C15u) & index->mask;
    while (index->keys[slot] != NULL && index->keys[slot] != op)
        slot = (slot + 1) & index->mask;
    return slot;
}

static void index_put(NodeIndex *index, const Object *op, size_t node)
{
    size_t slot = slot_of(index, op);
    index->keys[slot] = op;
    index->nodes[slot] = node;
}

static size_t node_index_find(const NodeIndex *index, const Object *op)
{
    size_t slot = slot_of(index, op);
    return index->keys[slot] == op ? index->nodes[slot] : NO_NODE;
}

/* The graph searched: node k is objects[k] for every tracked object, then
 * the untracked ones searched from; the referrers of node k are
 * from[first[k] .. first[k + 1]), in the collector's order, each once.
 * `objects` keeps every node alive while a predicate runs Python code. */
typedef struct Referrers {
    Object *objects;
    Object **nodes;
    size_t count;
    NodeIndex index;
    size_t *first, *from;
} Referrers;

typedef struct Walk {
    Referrers *graph;
    size_t referrer;
    size_t *last_seen; /* per node: the last referrer recorded, + 1 */
    size_t *fill;      /* per node: counts (first walk), next slot (second) */
    bool record;
} Walk;

static int visit_referent(Object *referent, void *arg)
{
    Walk *w = arg;
    size_t node = referent ? node_index_find(&w->graph->index, referent) : NO_NODE;
    if (node == NO_NODE || w->last_seen[node] == w->referrer + 1)
        return 0;
    w->last_seen[node] = w->referrer + 1;
    if (w->record)
        w->graph->from[w->fill[node]++] = w->referrer;
    else
        w->fill[node]++;
    return 0;
}

static void walk_heap(Walk *w)
{
    memset(w->last_seen, 0, w->graph->count * sizeof *w->last_seen);
    size_t tracked = list_size(w->graph->objects);
    for (w->referrer = 0; w->referrer < tracked; w->referrer++) {
        Object *op = w->graph->nodes[w->referrer];
        op->type->traverse(op, visit_referent, w);
    }
}

/* Index the tracked objects and the `extra` ones (the objects searched
 * from, which may be untracked). */
static void referrers_build(Referrers *g, Object *const *extra, size_t extra_count)
{
    g->objects = gc_get_objects(-1);
    size_t tracked = list_size(g->objects);
    g->nodes = zeroed(tracked + extra_count, sizeof *g->nodes);
    g->index = index_new(tracked + extra_count);
    g->count = 0;
    for (size_t i = 0; i < tracked + extra_count; i++) {
        Object *op = i < tracked ? list_getitem(g->objects, i) : extra[i - tracked];
        if (node_index_find(&g->index, op) != NO_NODE)
            continue;
        index_put(&g->index, op, g->count);
        g->nodes[g->count++] = op;
    }
    Walk w = {g, 0, zeroed(g->count, sizeof(size_t)), zeroed(g->count + 1, sizeof(size_t)),
              false};
    walk_heap(&w);
    g->first = zeroed(g->count + 1, sizeof(size_t));
    for (size_t k = 0; k < g->count; k++)
        g->first[k + 1] = g->first[k] + w.fill[k];
    g->from = zeroed(g->first[g->count], sizeof(size_t));
    memcpy(w.fill, g->first, g->count * sizeof(size_t));
    w.record = true;
    walk_heap(&w);
    free(w.last_seen);
    free(w.fill);
}

static void referrers_free(Referrers *g)
{
    free(g->nodes);
    index_free(&g->index);
    free(g->first);
    free(g->from);
    decref(g->objects);
}

/* Per node: is it one of the objects the search leaves out? */
static bool *ignored_nodes(const Referrers *g, Ignored ignored)
{
    bool *skip = zeroed(g->count, sizeof(bool));
    for (size_t i = 0; i < ignored.count; i++) {
        size_t node = node_index_find(&g->index, (const Object *)ignored.ids[i]);
        if (node != NO_NODE)
            skip[node] = true;
    }
    return skip;
}

/* Marks, per object of a list, whether another of the list refers to it. */
typedef struct Referred {
    const NodeIndex *index;
    bool *referred;
} Referred;

static int mark_referred(Object *referent, void *arg)
{
    Referred *r = arg;
    size_t node = referent ? node_index_find(r->index, referent) : NO_NODE;
    if (node != NO_NODE)
        r->referred[node] = true;
    return 0;
}

Object *objgraph_leaking_objects(Object *objects)
{
    CHECK_NOT_NULL(objects);
    size_t count = list_size(objects);
    NodeIndex index = index_new(count);
    for (size_t i = 0; i < count; i++)
        index_put(&index, list_getitem(objects, i), i);
    Referred r = {&index, zeroed(count, sizeof(bool))};
    for (size_t i = 0; i < count; i++) {
        Object *op = list_getitem(objects, i);
        if (op->type->traverse != NULL)
            op->type->traverse(op, mark_referred, &r);
    }
    Object *result = list_new();
    for (size_t i = 0; i < count; i++)
        if (!r.referred[node_index_find(&index, list_getitem(objects, i))])
            list_append(result, list_getitem(objects, i));
    free(r.referred);
    index_free(&index);
    return result;
}

/* ---- the shortest chain ------------------------------------------------- */

/* Breadth-first order: which node, how far from the start, reached from
 * which (NO_NODE for a start). */
typedef struct Search {
    size_t *queue, head, tail;
    long *depth;   /* -1: not reached */
    size_t *parent;
    bool *skip;
} Search;

static Search search_new(const Referrers *g, Ignored ignored)
{
    Search s = {zeroed(g->count, sizeof(size_t)), 0, 0, zeroed(g->count, sizeof(long)),
                zeroed(g->count, sizeof(size_t)), ignored_nodes(g, ignored)};
    for (size_t k = 0; k < g->count; k++)
        s.depth[k] = -1;
    return s;
}

static void search_free(Search *s)
{
    free(s->queue), free(s->depth), free(s->parent), free(s->skip);
}

static void reach(Search *s, size_t node, size_t parent, long depth)
{
    s->depth[node] = depth;
    s->parent[node] = parent;
    s->queue[s->tail++] = node;
}

/* [node, its parent, ...]: from a root down to where the search began. */
static Object *chain_from(const Referrers *g, const Search *s, size_t node)
{
    Object *chain = list_new();
    for (; node != NO_NODE; node = s->parent[node])
        list_append(chain, g->nodes[node]);
    return chain;
}

Object *objgraph_find_backref_chain(Object *obj, ObjectPredicate is_root, void *arg,
                                    long max_depth, Ignored ignored)
{
    CHECK_NOT_NULL(obj);
    CHECK_NOT_NULL(is_root);
    gc_collect();
    Referrers g;
    referrers_build(&g, &obj, 1);
    Search s = search_new(&g, ignored);
    reach(&s, node_index_find(&g.index, obj), NO_NODE, 0);
    Object *chain = NULL;
    bool failed = false;
    while (s.head < s.tail && chain == NULL && !failed) {
        size_t target = s.queue[s.head++];
        int root = is_root(g.nodes[target], arg);
        failed = root < 0;
        if (root > 0)
            chain = chain_from(&g, &s, target);
        if (root != 0 || s.depth[target] >= max_depth)
            continue;
        for (size_t e = g.first[target]; e < g.first[target + 1]; e++) {
            size_t source = g.from[e];
            if (!s.skip[source] && s.depth[source] < 0)
                reach(&s, source, target, s.depth[target] + 1);
        }
    }
    if (chain == NULL && !failed) { /* no root within max_depth */
        chain = list_new();
        list_append(chain, obj);
    }
    search_free(&s);
    referrers_free(&g);
    return chain;
}

/* ---- drawing the back-references ---------------------------------------- */

/* objgraph's shades: from white at the objects drawn from to dark grey at
 * max_depth (the "too many" boxes from red to dark red), as hue,
 * saturation, value. */
typedef struct Hsv {
    double h, s, v;
} Hsv;

static Hsv gradient(Hsv start, Hsv end, long depth, long max_depth)
{
    if (max_depth == 0)
        return start;
    double f = (double)depth / (double)max_depth;
    return (Hsv){start.h * (1 - f) + end.h * f, start.s * (1 - f) + end.s * f,
                 start.v * (1 - f) + end.v * f};
}

static const Hsv NODE_NEAR = {0, 0, 1}, NODE_FAR = {0, 0, .3};
static const Hsv TOO_MANY_NEAR = {0, 1, 1}, TOO_MANY_FAR = {0, 1, .3};
/* A node darker than this gets white text. */
#define DARK_VALUE 0.5

/* Text inside a quoted DOT string, as objgraph's _quote writes it. */
static void write_quoted(FILE *out, const char *text)
{
    for (; *text; text++) {
        if (*text == '"' || *text == '\\')
            fputc('\\', out);
        if (*text == '\n')
            fputs("\\n", out);
        else
            fputc(*text, out);
    }
}

static void write_node_id(FILE *out, const Object *op)
{
    fprintf(out, "o%" PRIuPTR, (uintptr_t)op);
}

/* The label `style` gives op, quoted; false if its callback failed. */
static bool write_label(FILE *out, Object *op, const BackrefsStyle *style)
{
    Object *label = style->label ? style->label(op, style->arg)
                                 : str_new(objgraph_short_typename(op));
    if (label == NULL)
        return false;
    write_quoted(out, str_chars(label));
    decref(label);
    return true;
}

static bool is_identifier(const Object *key)
{
    const char *c = str_chars(key);
    if (!(*c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
        return false;
    for (c++; *c; c++)
        if (!(*c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
              (*c >= '0' && *c <= '9')))
            return false;
    return true;
}

/* The arrow from source to target; a dict's names the key it is under, as
 * objgraph's _edge_label (which also names a method's __self__ and a
 * function's attributes, objects our runtime's C code does not know). */
static bool write_edge(FILE *out, Object *source, Object *target, const BackrefsStyle *style)
{
    fputs("  ", out);
    write_node_id(out, source);
    fputs(" -> ", out);
    write_node_id(out, target);
    size_t pos = 0;
    Object *key, *value;
    while (source->type == &DictType && dict_next(source, &pos, &key, &value)) {
        if (value != target)
            continue;
        if (key->type == &StrType && is_identifier(key)) {
            fputs(" [label=\"", out);
            write_quoted(out, str_chars(key));
            fputs("\",weight=2]", out);
        } else {
            fputs(" [label=\"", out);
            if (!write_label(out, key, style))
                return false;
            fputs("\"]", out);
        }
        break;
    }
    fputs(";\n", out);
    return true;
}

static void write_too_many(FILE *out, Object *target, long skipped, long depth, long max_depth)
{
    Hsv c = gradient(TOO_MANY_NEAR, TOO_MANY_FAR, depth + 1, max_depth);
    fputs("  too_many_", out);
    write_node_id(out, target);
    fputs("->", out);
    write_node_id(out, target);
    fputs("[color=red,style=dotted,len=0.25,weight=10];\n  too_many_", out);
    write_node_id(out, target);
    fprintf(out, "[label=\"%ld more backreferences\",shape=box,height=0.25,color=red,"
                 "fillcolor=\"%g,%g,%g\",fontsize=6];\n  too_many_", skipped, c.h, c.s, c.v);
    write_node_id(out, target);
    fputs("[fontcolor=white];\n", out);
}

/* One object drawn: its box, shaded by depth (a root that stops the walk,
 * objgraph's module, in green); then the arrows from its referrers,
 * queueing those not reached yet.  False if a callback failed. */
static bool draw_node(FILE *out, const Referrers *g, Search *s, size_t node,
                      const BackrefsStyle *style)
{
    Object *target = g->nodes[node];
    long depth = s->depth[node];
    fputs("  ", out);
    write_node_id(out, target);
    fputs("[label=\"", out);
    if (!write_label(out, target, style))
        return false;
    fputs("\"];\n", out);
    int culled = style->cull ? style->cull(target, style->arg) : 0;
    if (culled < 0)
        return false;
    Hsv c = gradient(NODE_NEAR, NODE_FAR, depth, style->max_depth);
    if (culled)
        c.h = .3, c.s = 1;
    fputs("  ", out);
    write_node_id(out, target);
    fprintf(out, "[fillcolor=\"%g,%g,%g\"];\n", c.h, c.s, c.v);
    if (c.v < DARK_VALUE) {
        fputs("  ", out);
        write_node_id(out, target);
        fputs("[fontcolor=white];\n", out);
    }
    if (depth >= style->max_depth || culled)
        return true;
    long drawn = 0, skipped = 0;
    for (size_t e = g->first[node]; e < g->first[node + 1]; e++) {
        size_t source = g->from[e];
        if (s->skip[source])
            continue;
        int kept = style->keep ? style->keep(g->nodes[source], style->arg) : 1;
        if (kept < 0)
            return false;
        if (!kept)
            continue;
        if (drawn >= style->too_many) {
            skipped++;
            continue;
        }
        if (!write_edge(out, g->nodes[source], target, style))
            return false;
        if (s->depth[source] < 0)
            reach(s, source, node, depth + 1);
        drawn++;
    }
    if (skipped > 0)
        write_too_many(out, target, skipped, depth, style->max_depth);
    return true;
}

long objgraph_write_backrefs(FILE *out, Object *const *objs, size_t count,
                             const BackrefsStyle *style)
{
    CHECK_NOT_NULL(out);
    CHECK_NOT_NULL(style);
    fputs("digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white];\n", out);
    gc_collect();
    Referrers g;
    referrers_build(&g, objs, count);
    Search s = search_new(&g, style->ignored);
    for (size_t i = 0; i < count; i++) {
        fputs("  ", out);
        write_node_id(out, objs[i]);
        fputs("[fontcolor=red];\n", out);
        size_t node = node_index_find(&g.index, objs[i]);
        if (s.depth[node] < 0)
            reach(&s, node, NO_NODE, 0);
    }
    long nodes = 0;
    bool ok = true;
    while (ok && s.head < s.tail) {
        nodes++;
        ok = draw_node(out, &g, &s, s.queue[s.head++], style);
    }
    fputs("}\n", out);
    search_free(&s);
    referrers_free(&g);
    return ok ? nodes : -1;
}
