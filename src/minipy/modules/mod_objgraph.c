/* mod_objgraph.c: the objgraph module, objgraph 3.5's names and printed
 * tables on src/objgraph.c.  Chapter 7 (the runner).  Counterpart:
 * objgraph.py of python3-objgraph (Debian 12), which is Python.
 *
 * The subset: counts by type's short name (shortnames=True, objgraph's
 * default), printing to standard output (no file=), and graphs written to
 * a .dot file named by filename= (objgraph would also run dot or xdot). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "objgraph.h"
#include "ops.h"
#include "set.h"
#include "str.h"

/* objgraph's defaults: rows printed, and how far a search or a graph goes. */
#define DEFAULT_LIMIT 10
#define CHAIN_MAX_DEPTH 20
#define GRAPH_MAX_DEPTH 3
#define GRAPH_TOO_MANY 10
/* objgraph labels an object with at most this much of its repr. */
#define LABEL_REPR_MAX 40
/* The module attribute that holds growth()'s peak counts between calls
 * (objgraph keeps them in the default value of its peak_stats argument). */
#define PEAK_STATS "_peak_stats"

/* A Python callable asked a yes-or-no question of one object (the call
 * takes over a reference to its argument). */
static int call_predicate(Object *op, void *arg)
{
    Object *argument = newref(op);
    Object *answer = call_object(arg, &argument, 1);
    if (answer == NULL)
        return -1;
    int yes = is_true(answer);
    decref(answer);
    return yes;
}

/* The items of an argument that must be a list or a tuple (borrowed);
 * false with a TypeError for anything else. */
static bool sequence_argument(Object *seq, const char *what, Object ***items, size_t *count)
{
    if (seq->type != &ListType && seq->type != &TupleType) {
        raise("TypeError", "minipy's objgraph takes %s as a list or tuple, not %s", what,
              type_name(seq));
        return false;
    }
    *items = items_of(seq, count);
    return true;
}

/* The objects argument: a new list of them, or of every tracked object if
 * it is None or missing (as objgraph calls gc.get_objects()). */
static Object *objects_argument(Object *objects)
{
    if (objects == NULL || objects == None)
        return gc_get_objects(-1);
    size_t count;
    Object **items;
    if (!sequence_argument(objects, "objects", &items, &count))
        return NULL;
    Object *list = list_new();
    for (size_t i = 0; i < count; i++)
        list_append(list, items[i]);
    return list;
}

static bool shortnames_argument(Object *shortnames)
{
    if (shortnames == NULL || is_true(shortnames))
        return true;
    raise("ValueError", "minipy's objgraph names types by their short names only");
    return false;
}

static bool limit_argument(Object *limit, long *out)
{
    *out = DEFAULT_LIMIT;
    if (limit == NULL)
        return true;
    if (limit == None) {
        *out = 0;
        return true;
    }
    if (!is_int(limit)) {
        raise("TypeError", "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    *out = as_long(limit);
    return true;
}

/* typestats(objects=None, shortnames=True, filter=None) */
enum { STATS_OBJECTS, STATS_SHORTNAMES, STATS_FILTER };

static Object *stats_of(Object *objects, Object *shortnames, Object *filter)
{
    if (!shortnames_argument(shortnames))
        return NULL;
    Object *list = objects_argument(objects);
    if (list == NULL)
        return NULL;
    bool filtered = filter != NULL && filter != None;
    Object *stats = objgraph_typestats(list, filtered ? call_predicate : NULL, filter);
    decref(list);
    return stats;
}

static Object *typestats_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    return stats_of(kwargs[STATS_OBJECTS], kwargs[STATS_SHORTNAMES], kwargs[STATS_FILTER]);
}

static Object *objgraph_typestats_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(typestats_kw, self, args, nargs);
}

/* The dict entry `name` of a module (borrowed), or NULL. */
static Object *module_entry(Object *module, const char *name)
{
    Object *key = str_new(name);
    Object *value = dict_getitem(((Module *)module)->dict, key);
    decref(key);
    return value;
}

/* Room for a row per type of `stats`. */
static TypeCount *rows_for(Object *stats)
{
    TypeCount *rows = calloc(dict_size(stats) + 1, sizeof *rows);
    if (rows == NULL)
        fatal_out_of_memory("counting objects by type");
    return rows;
}

/* The rows as objgraph returns them: a new list of (name, count) tuples,
 * or of (name, count, delta) ones. */
static Object *rows_list(const TypeCount *rows, size_t count, bool deltas)
{
    Object *result = list_new();
    for (size_t i = 0; i < count; i++) {
        Object *items[] = {newref(rows[i].name), int_new(rows[i].count),
                           deltas ? int_new(rows[i].delta) : NULL};
        Object *row = tuple_from(items, deltas ? 3 : 2);
        list_append(result, row);
        decref(row);
    }
    return result;
}

static Object *counts_list(const TypeCount *rows, size_t count)
{
    return rows_list(rows, count, false);
}

static Object *growth_list(const TypeCount *rows, size_t count)
{
    return rows_list(rows, count, true);
}

/* objgraph takes the max() of the names' lengths: no rows is an error. */
static Object *print_counts(const TypeCount *rows, size_t count)
{
    if (count == 0)
        return raise("ValueError", "max() arg is an empty sequence");
    objgraph_write_counts(stdout, rows, count);
    return newref(None);
}

/* Nothing grew: nothing printed. */
static Object *print_growth(const TypeCount *rows, size_t count)
{
    objgraph_write_growth(stdout, rows, count);
    return newref(None);
}

/* A table of types: rows made by `make` (most_common or growth, with the
 * dict of counts they come from), turned into the result by `use`. */
typedef TypeCount *(*TableFn)(Object *module, Object **kwargs, Object **stats, size_t *count);
typedef Object *(*RowsFn)(const TypeCount *rows, size_t count);

static Object *table(Object *module, Object **kwargs, TableFn make, RowsFn use)
{
    Object *stats;
    size_t count;
    TypeCount *rows = make(module, kwargs, &stats, &count);
    if (rows == NULL)
        return NULL;
    Object *result = use(rows, count);
    free(rows);
    decref(stats);
    return result;
}

/* most_common_types(limit=10, objects=None, shortnames=True, filter=None) */
enum { COMMON_LIMIT, COMMON_OBJECTS, COMMON_SHORTNAMES, COMMON_FILTER };

/* The rows, or NULL; *count says how many. */
static TypeCount *most_common(Object *module, Object **kwargs, Object **stats, size_t *count)
{
    (void)module;
    long limit;
    if (!limit_argument(kwargs[COMMON_LIMIT], &limit))
        return NULL;
    *stats = stats_of(kwargs[COMMON_OBJECTS], kwargs[COMMON_SHORTNAMES], kwargs[COMMON_FILTER]);
    if (*stats == NULL)
        return NULL;
    TypeCount *rows = rows_for(*stats);
    *count = objgraph_most_common(*stats, limit, rows);
    return rows;
}

static Object *most_common_types_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)args, (void)nargs;
    return table(self, kwargs, most_common, counts_list);
}

static Object *objgraph_most_common_types_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(most_common_types_kw, self, args, nargs);
}

/* show_most_common_types(limit=10, objects=None, shortnames=True,
 * filter=None): objgraph takes file= before filter=; we print only to
 * standard output, so filter= comes by name. */
static Object *show_most_common_types_kw(Object *self, Object **args, size_t nargs,
                                         Object **kwargs)
{
    (void)args, (void)nargs;
    return table(self, kwargs, most_common, print_counts);
}

static Object *objgraph_show_most_common_types_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(show_most_common_types_kw, self, args, nargs);
}

/* growth(limit=10, peak_stats={}, shortnames=True, filter=None) */
enum { GROWTH_LIMIT, GROWTH_PEAK_STATS, GROWTH_SHORTNAMES, GROWTH_FILTER };

static TypeCount *growth(Object *module, Object **kwargs, Object **stats, size_t *count)
{
    long limit;
    if (!limit_argument(kwargs[GROWTH_LIMIT], &limit))
        return NULL;
    Object *peak = kwargs[GROWTH_PEAK_STATS];
    if (peak == NULL || peak == None)
        peak = module_entry(module, PEAK_STATS);
    if (peak->type != &DictType) {
        raise("TypeError", "peak_stats must be a dict, not %s", type_name(peak));
        return NULL;
    }
    gc_collect();
    *stats = stats_of(NULL, kwargs[GROWTH_SHORTNAMES], kwargs[GROWTH_FILTER]);
    if (*stats == NULL)
        return NULL;
    TypeCount *rows = rows_for(*stats);
    *count = objgraph_growth(*stats, peak, limit, rows);
    return rows;
}

static Object *growth_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)args, (void)nargs;
    return table(self, kwargs, growth, growth_list);
}

static Object *objgraph_growth_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(growth_kw, self, args, nargs);
}

/* show_growth(limit=10, peak_stats=None, shortnames=True, filter=None):
 * as show_most_common_types, filter= comes by name (objgraph's file= is
 * before it).  Nothing grew: nothing printed. */
static Object *show_growth_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)args, (void)nargs;
    return table(self, kwargs, growth, print_growth);
}

static Object *objgraph_show_growth_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(show_growth_kw, self, args, nargs);
}

/* count(typename, objects=None) and by_type(typename, objects=None) */
enum { BY_TYPENAME, BY_OBJECTS };

static Object *by_type_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    Object *name = kwargs[BY_TYPENAME];
    if (name == NULL)
        return raise("TypeError", "by_type() missing 1 required positional argument: 'typename'");
    if (name->type != &StrType)
        return raise("TypeError", "argument of type '%s' is not iterable", type_name(name));
    Object *list = objects_argument(kwargs[BY_OBJECTS]);
    if (list == NULL)
        return NULL;
    Object *result = list_new();
    for (size_t i = 0; i < list_size(list); i++)
        if (strcmp(objgraph_short_typename(list_getitem(list, i)), str_chars(name)) == 0)
            list_append(result, list_getitem(list, i));
    decref(list);
    return result;
}

static Object *objgraph_by_type_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(by_type_kw, self, args, nargs);
}

static Object *count_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    Object *found = by_type_kw(self, args, nargs, kwargs);
    if (found == NULL)
        return NULL;
    Object *count = int_new((long)list_size(found));
    decref(found);
    return count;
}

static Object *objgraph_count_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(count_kw, self, args, nargs);
}

/* get_leaking_objects(objects=None) */
static Object *objgraph_get_leaking_objects_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs == 0 || args[0] == None)
        gc_collect();
    Object *list = objects_argument(nargs ? args[0] : NULL);
    if (list == NULL)
        return NULL;
    Object *leaking = objgraph_leaking_objects(list);
    decref(list);
    return leaking;
}

/* is_proper_module(obj): a module that sys.modules holds under its name. */
static int proper_module(Object *op, void *arg)
{
    (void)arg;
    return op->type == &ModuleType &&
           dict_getitem(interp.modules, ((Module *)op)->name) == op;
}

static Object *objgraph_is_proper_module_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return bool_from(proper_module(args[0], NULL));
}

/* extra_ignore: a sequence of id()s, copied to `ids` (freed by the caller). */
static bool ignored_argument(Object *extra, Ignored *ignored)
{
    *ignored = (Ignored){NULL, 0};
    if (extra == NULL)
        return true;
    size_t count;
    Object **items;
    if (!sequence_argument(extra, "extra_ignore", &items, &count))
        return false;
    uintptr_t *ids = calloc(count + 1, sizeof *ids);
    if (ids == NULL)
        fatal_out_of_memory("reading extra_ignore");
    for (size_t i = 0; i < count; i++) {
        if (!is_int(items[i])) {
            free(ids);
            raise("TypeError", "extra_ignore holds id()s, not %s", type_name(items[i]));
            return false;
        }
        ids[i] = (uintptr_t)as_long(items[i]);
    }
    *ignored = (Ignored){ids, count};
    return true;
}

static bool depth_argument(Object *arg, long fallback, long *depth)
{
    *depth = fallback;
    if (arg == NULL)
        return true;
    if (!is_int(arg)) {
        raise("TypeError", "'<' not supported between instances of 'int' and '%s'",
              type_name(arg));
        return false;
    }
    *depth = as_long(arg);
    return true;
}

/* find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()) */
enum { CHAIN_OBJ, CHAIN_PREDICATE, CHAIN_MAX_DEPTH_ARG, CHAIN_EXTRA_IGNORE };

static Object *find_backref_chain_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    if (kwargs[CHAIN_OBJ] == NULL || kwargs[CHAIN_PREDICATE] == NULL)
        return raise("TypeError", "find_backref_chain() missing %d required positional "
                                  "argument%s", kwargs[CHAIN_OBJ] ? 1 : 2,
                     kwargs[CHAIN_OBJ] ? ": 'predicate'" : "s: 'obj' and 'predicate'");
    long max_depth;
    Ignored ignored;
    if (!depth_argument(kwargs[CHAIN_MAX_DEPTH_ARG], CHAIN_MAX_DEPTH, &max_depth) ||
        !ignored_argument(kwargs[CHAIN_EXTRA_IGNORE], &ignored))
        return NULL;
    Object *predicate = kwargs[CHAIN_PREDICATE];
    Object *chain = predicate->type == &BuiltinType &&
                            ((Builtin *)predicate)->def->fn == objgraph_is_proper_module_fn
                        ? objgraph_find_backref_chain(kwargs[CHAIN_OBJ], proper_module, NULL,
                                                      max_depth, ignored)
                        : objgraph_find_backref_chain(kwargs[CHAIN_OBJ], call_predicate,
                                                      predicate, max_depth, ignored);
    free((void *)ignored.ids);
    return chain;
}

static Object *objgraph_find_backref_chain_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(find_backref_chain_kw, self, args, nargs);
}

/* objgraph's label: the type's name, then a short repr (_short_repr):
 * a class's, module's or built-in's name, a method's function's name and
 * "(bound)", the size of a list, tuple, dict or set, else repr()[:40]. */
static Object *short_repr(Object *op)
{
    char text[64];
    if (op->type == &ClassType)
        return newref(((Class *)op)->name);
    if (op->type == &ModuleType)
        return newref(((Module *)op)->name);
    if (op->type == &BuiltinType)
        return str_new(((Builtin *)op)->def->name);
    if (op->type == &MethodType) {
        Object *key = str_new("__name__");
        Object *name = get_attr(((Method *)op)->function, key);
        decref(key);
        if (name == NULL)
            return NULL;
        snprintf(text, sizeof text, "%s (bound)", str_chars(name));
        decref(name);
        return str_new(text);
    }
    if (op->type == &ListType || op->type == &TupleType || op->type == &DictType ||
        op->type == &SetType) {
        snprintf(text, sizeof text, "%ld items", length(op));
        return str_new(text);
    }
    Object *repr = repr_of(op);
    if (repr == NULL || str_length(repr) <= LABEL_REPR_MAX)
        return repr;
    Object *cut = str_from_bytes(str_chars(repr), LABEL_REPR_MAX);
    decref(repr);
    return cut;
}

static Object *object_label(Object *op, void *arg)
{
    (void)arg;
    Object *repr = short_repr(op);
    if (repr == NULL)
        return NULL;
    const char *name = objgraph_short_typename(op);
    size_t size = strlen(name) + str_length(repr) + 2;
    char *text = malloc(size);
    if (text == NULL)
        fatal_out_of_memory("labelling an object");
    snprintf(text, size, "%s\n%s", name, str_chars(repr));
    Object *label = str_new(text);
    free(text);
    decref(repr);
    return label;
}

/* What a graph keeps: objgraph's filter, a Python callable, or the objects
 * of the chains show_chain draws. */
typedef struct GraphFilter {
    Object *callable;      /* or NULL */
    Object *const *chains; /* the chains, when callable is NULL */
    size_t chain_count;
} GraphFilter;

static int in_chains(Object *op, const GraphFilter *f)
{
    for (size_t c = 0; c < f->chain_count; c++)
        for (size_t i = 0; i < list_size(f->chains[c]); i++)
            if (list_getitem(f->chains[c], i) == op)
                return 1;
    return 0;
}

static int graph_keep(Object *op, void *arg)
{
    const GraphFilter *f = arg;
    return f->callable ? call_predicate(op, f->callable) : in_chains(op, f);
}

static int graph_cull(Object *op, void *arg)
{
    (void)arg;
    return proper_module(op, NULL);
}

static Object *graph_label(Object *op, void *arg)
{
    return object_label(op, arg);
}

/* Write the graph of what refers to objs to `filename` (which must end in
 * .dot) and say so as objgraph does. */
static Object *write_graph(Object *const *objs, size_t count, Object *filename,
                           BackrefsStyle *style)
{
    size_t length = filename && filename->type == &StrType ? str_length(filename) : 0;
    if (length < 4 || strcmp(str_chars(filename) + length - 4, ".dot") != 0)
        return raise("ValueError", "minipy's objgraph writes Graphviz files only: give "
                                   "filename='NAME.dot'");
    FILE *out = fopen(str_chars(filename), "w");
    if (out == NULL)
        return raise("FileNotFoundError", "[Errno 2] No such file or directory: '%s'",
                     str_chars(filename));
    long nodes = objgraph_write_backrefs(out, objs, count, style);
    fclose(out);
    if (nodes < 0)
        return NULL;
    printf("Graph written to %s (%ld nodes)\n", str_chars(filename), nodes);
    return newref(None);
}

/* show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None,
 * too_many=10, highlight=None, filename=None): highlight must be None. */
enum { BACKREFS_OBJS, BACKREFS_MAX_DEPTH, BACKREFS_EXTRA_IGNORE, BACKREFS_FILTER,
       BACKREFS_TOO_MANY, BACKREFS_HIGHLIGHT, BACKREFS_FILENAME };

static Object *show_backrefs_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    Object *objs = kwargs[BACKREFS_OBJS];
    if (objs == NULL)
        return raise("TypeError", "show_backrefs() missing 1 required positional argument: "
                                  "'objs'");
    if (kwargs[BACKREFS_HIGHLIGHT] != NULL && kwargs[BACKREFS_HIGHLIGHT] != None)
        return raise("ValueError", "minipy's objgraph does not highlight");
    GraphFilter filter = {kwargs[BACKREFS_FILTER] == None ? NULL : kwargs[BACKREFS_FILTER],
                          NULL, 0};
    BackrefsStyle style = {graph_label, filter.callable ? graph_keep : NULL, graph_cull,
                           &filter, GRAPH_MAX_DEPTH, GRAPH_TOO_MANY, {NULL, 0}};
    if (!depth_argument(kwargs[BACKREFS_MAX_DEPTH], GRAPH_MAX_DEPTH, &style.max_depth) ||
        !depth_argument(kwargs[BACKREFS_TOO_MANY], GRAPH_TOO_MANY, &style.too_many) ||
        !ignored_argument(kwargs[BACKREFS_EXTRA_IGNORE], &style.ignored))
        return NULL;
    size_t count = 1;
    Object **items = &objs;
    if ((objs->type == &ListType || objs->type == &TupleType) &&
        !sequence_argument(objs, "objs", &items, &count)) {
        free((void *)style.ignored.ids);
        return NULL;
    }
    /* objgraph leaves out the list of objects it was given */
    uintptr_t *ids = realloc((void *)style.ignored.ids, (style.ignored.count + 1) * sizeof *ids);
    if (ids == NULL)
        fatal_out_of_memory("reading extra_ignore");
    ids[style.ignored.count] = (uintptr_t)objs;
    style.ignored = (Ignored){ids, style.ignored.count + 1};
    Object *done = write_graph(items, count, kwargs[BACKREFS_FILENAME], &style);
    free(ids);
    return done;
}

static Object *objgraph_show_backrefs_fn(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(show_backrefs_kw, self, args, nargs);
}

/* show_chain(*chains, backrefs=True, filename=None): the back-references
 * among the chains' objects, from the end of each, as deep as the longest. */
enum { CHAIN_BACKREFS, CHAIN_FILENAME };

static Object *show_chain_kw(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self;
    if (kwargs[CHAIN_BACKREFS] != NULL && !is_true(kwargs[CHAIN_BACKREFS]))
        return raise("ValueError", "minipy's objgraph draws chains of back-references only");
    Object **ends = calloc(nargs + 1, sizeof *ends);
    Object **chains = calloc(nargs + 1, sizeof *chains);
    if (ends == NULL || chains == NULL)
        fatal_out_of_memory("drawing chains");
    size_t count = 0, longest = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i]->type != &ListType) {
            free(ends), free(chains);
            return raise("TypeError", "show_chain takes lists, as find_backref_chain returns");
        }
        size_t length = list_size(args[i]);
        if (length == 0) /* objgraph drops empty chains */
            continue;
        chains[count] = args[i];
        ends[count++] = list_getitem(args[i], length - 1);
        longest = length > longest ? length : longest;
    }
    Object *done;
    if (count == 0) {
        done = raise("ValueError", "max() arg is an empty sequence");
    } else {
        GraphFilter filter = {NULL, chains, count};
        BackrefsStyle style = {graph_label, graph_keep, graph_cull, &filter,
                               (long)longest - 1, GRAPH_TOO_MANY, {NULL, 0}};
        done = write_graph(ends, count, kwargs[CHAIN_FILENAME], &style);
    }
    free(ends), free(chains);
    return done;
}

static Object *objgraph_show_chain_fn(Object *self, Object **args, size_t nargs)
{
    Object *none[BUILTIN_KEYWORDS_MAX] = {NULL};
    return show_chain_kw(self, args, nargs, none);
}

static const BuiltinDef objgraph_functions[] = {
    {"count", objgraph_count_fn, 1, 2, ARGS_POSITIONAL},
    {"typestats", objgraph_typestats_fn, 0, 3, ARGS_POSITIONAL},
    {"most_common_types", objgraph_most_common_types_fn, 0, 4, ARGS_POSITIONAL},
    {"show_most_common_types", objgraph_show_most_common_types_fn, 0, 3, ARGS_POSITIONAL},
    {"growth", objgraph_growth_fn, 0, 4, ARGS_POSITIONAL},
    {"show_growth", objgraph_show_growth_fn, 0, 3, ARGS_POSITIONAL},
    {"by_type", objgraph_by_type_fn, 1, 2, ARGS_POSITIONAL},
    {"get_leaking_objects", objgraph_get_leaking_objects_fn, 0, 1, ARGS_POSITIONAL},
    {"is_proper_module", objgraph_is_proper_module_fn, 1, 1, ARGS_POSITIONAL},
    {"find_backref_chain", objgraph_find_backref_chain_fn, 2, 4, ARGS_POSITIONAL},
    {"show_backrefs", objgraph_show_backrefs_fn, 1, 7, ARGS_POSITIONAL},
    {"show_chain", objgraph_show_chain_fn, 0, -1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

static const char *const by_type_keywords[] = {"typename", "objects", NULL};
static const char *const typestats_keywords[] = {"objects", "shortnames", "filter", NULL};
static const char *const common_keywords[] = {"limit", "objects", "shortnames", "filter", NULL};
static const char *const growth_keywords[] = {"limit", "peak_stats", "shortnames", "filter",
                                              NULL};
static const char *const chain_keywords[] = {"obj", "predicate", "max_depth", "extra_ignore",
                                             NULL};
static const char *const backrefs_keywords[] = {"objs", "max_depth", "extra_ignore", "filter",
                                                "too_many", "highlight", "filename", NULL};
static const char *const show_chain_keywords[] = {"backrefs", "filename", NULL};

const KeywordDef objgraph_keyword_defs[] = {
    {objgraph_count_fn, by_type_keywords, count_kw, 2, "count", false},
    {objgraph_by_type_fn, by_type_keywords, by_type_kw, 2, "by_type", false},
    {objgraph_typestats_fn, typestats_keywords, typestats_kw, 3, "typestats", false},
    {objgraph_most_common_types_fn, common_keywords, most_common_types_kw, 4,
     "most_common_types", false},
    {objgraph_show_most_common_types_fn, common_keywords, show_most_common_types_kw, 3,
     "show_most_common_types", false},
    {objgraph_growth_fn, growth_keywords, growth_kw, 4, "growth", false},
    {objgraph_show_growth_fn, growth_keywords, show_growth_kw, 3, "show_growth", false},
    {objgraph_find_backref_chain_fn, chain_keywords, find_backref_chain_kw, 4,
     "find_backref_chain", false},
    {objgraph_show_backrefs_fn, backrefs_keywords, show_backrefs_kw, 5, "show_backrefs",
     false},
    {objgraph_show_chain_fn, show_chain_keywords, show_chain_kw, 0, "show_chain", false},
    {NULL, NULL, NULL, 0, NULL, false},
};

/* growth()'s peak counts, kept between calls. */
static void objgraph_init(Object *module)
{
    Object *peak = dict_new();
    Object *key = str_new(PEAK_STATS);
    dict_setitem(((Module *)module)->dict, key, peak);
    decref(key), decref(peak);
}

const ModuleDef objgraph_module = {"objgraph", objgraph_functions, objgraph_init};
