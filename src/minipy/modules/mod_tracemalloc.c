/* mod_tracemalloc.c: the tracemalloc module.  Chapter 7 (the runner).
 * CPython: Lib/tracemalloc.py (3.11), the Python half, over
 * Modules/_tracemalloc.c; ours is one C module over the runtime's tracer
 * (src/tracemalloc.c).
 *
 * The tracer gives a snapshot as C data; a Snapshot object owns it, and
 * makes objects only for what a program asks: statistics grouped by line,
 * by file or by whole traceback, sorted as CPython sorts them, and their
 * text in CPython's words.  The runner tells the tracer where the program
 * is: the chain of running frames, the innermost first. */
#include "mod_tracemalloc.h"

#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tracemalloc.h"

/* --- where the program is --------------------------------------------- */

//> 7 runner_frames
/* The tracer's frames source: the running frames, each at the line of the
 * statement it runs (CPython reports the line of the instruction). */
static size_t running_frames(TraceFrame *frames, size_t max, size_t *total)
{
    size_t n = 0, all = 0;
    for (const Frame *f = interp.frame; f != NULL; f = f->back, all++)
        if (n < max)
            frames[n++] = (TraceFrame){interp.filename, (unsigned)f->line};
    *total = all;
    return n;
}
//< 7 runner_frames

void tracemalloc_fini(void)
{
    tracemalloc_stop();
    tracemalloc_set_frames_source(NULL);
}

/* --- Frame and Traceback ---------------------------------------------- */

typedef struct TraceFrameObject {
    Object ob;
    Object *filename, *lineno;
} TraceFrameObject;

typedef struct TraceTracebackObject {
    Object ob;
    Object *frames;       /* a tuple of (filename, lineno) tuples, the oldest first */
    Object *total_nframe; /* an int, or None for a statistic's key */
} TraceTracebackObject;

static void frame_dealloc(Object *op)
{
    TraceFrameObject *f = (TraceFrameObject *)op;
    decref(f->filename);
    decref(f->lineno);
}

Type TraceFrameType = {
    .name = "Frame",
    .basic_size = sizeof(TraceFrameObject),
    .dealloc = frame_dealloc,
};

static void traceback_dealloc(Object *op)
{
    TraceTracebackObject *tb = (TraceTracebackObject *)op;
    decref(tb->frames);
    decref(tb->total_nframe);
}

Type TraceTracebackType = {
    .name = "Traceback",
    .basic_size = sizeof(TraceTracebackObject),
    .dealloc = traceback_dealloc,
};

/* A Frame of a (filename, lineno) tuple. */
static Object *frame_of_pair(Object *pair)
{
    Object *op = object_new(&TraceFrameType, 0);
    TraceFrameObject *f = (TraceFrameObject *)op;
    f->filename = newref(((Tuple *)pair)->items[0]);
    f->lineno = newref(((Tuple *)pair)->items[1]);
    return op;
}

/* A Traceback of the tracer's frames (the innermost first): of all nframe
 * of them, with their line numbers or 0 (a statistic by filename). */
static Object *traceback_new(const TraceFrame *frames, unsigned nframe, bool lines,
                             Object *total_nframe)
{
    Object **pairs = calloc(nframe ? nframe : 1, sizeof *pairs);
    if (pairs == NULL)
        fatal_out_of_memory("making a Traceback");
    for (unsigned i = 0; i < nframe; i++) {
        const TraceFrame *frame = &frames[nframe - 1 - i];
        Object *pair[2] = {str_new(frame->filename), int_new(lines ? (long)frame->lineno : 0)};
        pairs[i] = tuple_from(pair, 2);
    }
    Object *op = object_new(&TraceTracebackType, 0);
    TraceTracebackObject *tb = (TraceTracebackObject *)op;
    tb->frames = tuple_from(pairs, nframe);
    tb->total_nframe = total_nframe;
    free(pairs);
    return op;
}

long trace_traceback_length(Object *tb)
{
    return (long)((Tuple *)((TraceTracebackObject *)tb)->frames)->ob.size;
}

/* A tuple of the Frames of a tuple of (filename, lineno) pairs. */
static Object *frames_of_pairs(Object *pairs)
{
    size_t n = (size_t)((Tuple *)pairs)->ob.size;
    Object **frames = calloc(n ? n : 1, sizeof *frames);
    if (frames == NULL)
        fatal_out_of_memory("making Frames");
    for (size_t i = 0; i < n; i++)
        frames[i] = frame_of_pair(((Tuple *)pairs)->items[i]);
    Object *result = tuple_from(frames, n);
    free(frames);
    return result;
}

Object *trace_traceback_frames(Object *tb)
{
    return frames_of_pairs(((TraceTracebackObject *)tb)->frames);
}

Object *trace_traceback_item(Object *tb, Object *key)
{
    Object *item = get_item(((TraceTracebackObject *)tb)->frames, key);
    if (item == NULL)
        return NULL;
    Object *result = key->type == &SliceType ? frames_of_pairs(item) : frame_of_pair(item);
    decref(item);
    return result;
}

/* "file.py:12", of the most recent frame: a Traceback's str is its
 * first Frame's, as CPython's (whose first is the oldest). */
static void add_frame_text(Buf *b, Object *filename, Object *lineno)
{
    buf_printf(b, "%s:%ld", str_chars(filename), int_value(lineno));
}

static void add_traceback_text(Buf *b, Object *tb)
{
    Tuple *frames = (Tuple *)((TraceTracebackObject *)tb)->frames;
    Tuple *first = (Tuple *)frames->items[0];
    add_frame_text(b, first->items[0], first->items[1]);
}

/* "    <the line's text, stripped>" if lineno is a line of the program
 * with text on it (CPython reads it with linecache), or NULL. */
static Object *source_line(const char *filename, long lineno)
{
    if (strcmp(filename, interp.filename) != 0 || lineno < 1)
        return NULL;
    const char *line = interp.source;
    for (long k = 1; k < lineno && line != NULL; k++) {
        line = strchr(line, '\n');
        line = line ? line + 1 : NULL;
    }
    if (line == NULL)
        return NULL;
    const char *end = strchr(line, '\n');
    end = end ? end : line + strlen(line);
    while (line < end && strchr(" \t\f", *line) != NULL)
        line++;
    while (end > line && strchr(" \t\f\r", end[-1]) != NULL)
        end--;
    if (end == line)
        return NULL;
    Buf b = {0};
    buf_printf(&b, "    %.*s", (int)(end - line), line);
    return buf_finish(&b);
}

/* Traceback.format(limit=None, most_recent_first=False): a list of
 * '  File "f.py", line 12' lines, each followed by its source line. */
static Object *traceback_format_keywords(Object *self, Object **args, size_t nargs,
                                         Object **kwargs)
{
    (void)args, (void)nargs;
    Tuple *frames = (Tuple *)((TraceTracebackObject *)self)->frames;
    long n = (long)frames->ob.size, first = 0, last = n;
    if (kwargs[0] != NULL && kwargs[0] != None) {
        if (!is_int(kwargs[0]))
            return raise("TypeError", "'>' not supported between instances of '%s' and 'int'",
                         type_name(kwargs[0]));
        long limit = int_value(kwargs[0]);
        if (limit > 0)
            first = limit < n ? n - limit : 0;
        else
            last = -limit < n ? n + limit : 0;
    }
    bool reversed = kwargs[1] != NULL && is_true(kwargs[1]);
    Object *lines = list_new();
    for (long k = first; k < last; k++) {
        Tuple *pair = (Tuple *)frames->items[reversed ? last - 1 - (k - first) : k];
        Buf b = {0};
        buf_printf(&b, "  File \"%s\", line %ld", str_chars(pair->items[0]),
                   int_value(pair->items[1]));
        Object *where = buf_finish(&b);
        list_append(lines, where);
        decref(where);
        Object *source = source_line(str_chars(pair->items[0]), int_value(pair->items[1]));
        if (source != NULL) {
            list_append(lines, source);
            decref(source);
        }
    }
    return lines;
}

static Object *traceback_format(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(traceback_format_keywords, self, args, nargs);
}

const BuiltinDef trace_traceback_methods[] = {
    {"format", traceback_format, 0, 2, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/* --- Statistic and StatisticDiff -------------------------------------- */

typedef struct StatisticObject {
    Object ob;
    Object *traceback;
    long size, count;
    long size_diff, count_diff; /* a StatisticDiff's */
} StatisticObject;

static void statistic_dealloc(Object *op)
{
    decref(((StatisticObject *)op)->traceback);
}

Type StatisticType = {
    .name = "Statistic",
    .basic_size = sizeof(StatisticObject),
    .dealloc = statistic_dealloc,
};

Type StatisticDiffType = {
    .name = "StatisticDiff",
    .basic_size = sizeof(StatisticObject),
    .dealloc = statistic_dealloc,
};

//> 7 format_size
/* CPython's _format_size: three or four digits and a binary unit, as
 * "12.3 KiB" or "1024 KiB"; with a sign for a difference. */
static void add_size(Buf *b, double size, bool sign)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    const size_t last = sizeof units / sizeof *units - 1;
    for (size_t u = 0;; u++, size /= 1024) {
        if (fabs(size) < 100 && u != 0) {
            buf_printf(b, sign ? "%+.1f %s" : "%.1f %s", size, units[u]);
            return;
        }
        if (fabs(size) < 10 * 1024 || u == last) {
            buf_printf(b, sign ? "%+.0f %s" : "%.0f %s", size, units[u]);
            return;
        }
    }
}
//< 7 format_size

/* "f.py:12: size=1024 KiB, count=3, average=341 KiB", and for a
 * difference "size=1024 KiB (+1024 KiB), count=3 (+3)". */
static Object *statistic_str(const StatisticObject *s, bool diff)
{
    Buf b = {0};
    add_traceback_text(&b, s->traceback);
    buf_add(&b, ": size=", 7);
    add_size(&b, (double)s->size, false);
    if (diff) {
        buf_add(&b, " (", 2);
        add_size(&b, (double)s->size_diff, true);
        buf_printf(&b, "), count=%ld (%+ld)", s->count, s->count_diff);
    } else {
        buf_printf(&b, ", count=%ld", s->count);
    }
    if (s->count != 0) {
        buf_add(&b, ", average=", 10);
        add_size(&b, (double)s->size / (double)s->count, false);
    }
    return buf_finish(&b);
}

/* --- grouping traces -------------------------------------------------- */

typedef enum KeyType { KEY_TRACEBACK, KEY_FILENAME, KEY_LINENO } KeyType;

/* What a statistic groups by: frames of one traceback (the innermost
 * first), with or without their line numbers. */
typedef struct GroupKey {
    const TraceFrame *frames;
    unsigned nframe;
    bool lines;
} GroupKey;

/* A statistic being made: its key, and the traces' sizes and counts (and
 * for a difference, the old snapshot's subtracted). */
typedef struct Group {
    GroupKey key;
    size_t size, count;
    long size_diff, count_diff;
} Group;

static int compare_numbers(long a, long b)
{
    return (a > b) - (a < b);
}

/* Python's order of the keys' Tracebacks: their (filename, lineno)
 * tuples compared the oldest first, a shorter one first on a tie. */
static int compare_keys(const GroupKey *a, const GroupKey *b)
{
    for (unsigned k = 0; k < a->nframe && k < b->nframe; k++) {
        const TraceFrame *fa = &a->frames[a->nframe - 1 - k], *fb = &b->frames[b->nframe - 1 - k];
        int by_name = strcmp(fa->filename, fb->filename);
        if (by_name != 0)
            return by_name;
        int by_line = compare_numbers(a->lines ? fa->lineno : 0, b->lines ? fb->lineno : 0);
        if (by_line != 0)
            return by_line;
    }
    return compare_numbers(a->nframe, b->nframe);
}

static int compare_groups_by_key(const void *a, const void *b)
{
    return compare_keys(&((const Group *)a)->key, &((const Group *)b)->key);
}

/* Statistic._sort_key, (size, count, traceback), the largest first. */
static int compare_statistics(const void *pa, const void *pb)
{
    const Group *a = pa, *b = pb;
    int c = compare_numbers((long)b->size, (long)a->size);
    c = c ? c : compare_numbers((long)b->count, (long)a->count);
    return c ? c : compare_keys(&b->key, &a->key);
}

/* StatisticDiff._sort_key: (abs(size_diff), size, abs(count_diff), count,
 * traceback), the largest first. */
static int compare_differences(const void *pa, const void *pb)
{
    const Group *a = pa, *b = pb;
    int c = compare_numbers(labs(b->size_diff), labs(a->size_diff));
    c = c ? c : compare_numbers((long)b->size, (long)a->size);
    c = c ? c : compare_numbers(labs(b->count_diff), labs(a->count_diff));
    c = c ? c : compare_numbers((long)b->count, (long)a->count);
    return c ? c : compare_keys(&b->key, &a->key);
}

typedef struct SnapshotObject {
    Object ob;
    const TraceSnapshot *data; /* the tracebacks (and, unfiltered, the traces) */
    Object *owner;             /* the Snapshot that owns data, if not this one */
    struct SnapshotTrace *traces;
    size_t ntraces;
} SnapshotObject;

/* The groups of snapshot s by key type, each once, in the order of their
 * keys; *ngroups is set to their count.  Cumulative: each frame of a trace
 * counts it, not only the most recent. */
static Group *group_by(const SnapshotObject *s, KeyType key_type, bool cumulative,
                       size_t *ngroups)
{
    size_t ntb = s->data->ntracebacks;
    size_t *sizes = calloc(ntb + 1, sizeof *sizes), *counts = calloc(ntb + 1, sizeof *counts);
    size_t nentries = 0;
    for (size_t t = 0; t < ntb; t++)
        nentries += cumulative ? s->data->tracebacks[t]->nframe : 1;
    Group *entries = calloc(nentries + 1, sizeof *entries);
    if (sizes == NULL || counts == NULL || entries == NULL)
        fatal_out_of_memory("grouping traces");
    for (size_t i = 0; i < s->ntraces; i++) {
        sizes[s->traces[i].traceback] += s->traces[i].size;
        counts[s->traces[i].traceback]++;
    }
    size_t n = 0;
    bool lines = key_type != KEY_FILENAME;
    for (size_t t = 0; t < ntb; t++) {
        const TraceTraceback *tb = s->data->tracebacks[t];
        if (counts[t] == 0)
            continue;
        if (key_type == KEY_TRACEBACK)
            entries[n++] = (Group){{tb->frames, tb->nframe, true}, sizes[t], counts[t], 0, 0};
        for (unsigned f = 0; key_type != KEY_TRACEBACK && f < (cumulative ? tb->nframe : 1); f++)
            entries[n++] = (Group){{&tb->frames[f], 1, lines}, sizes[t], counts[t], 0, 0};
    }
    free(sizes);
    free(counts);
    qsort(entries, n, sizeof *entries, compare_groups_by_key);
    size_t groups = 0;
    for (size_t i = 0; i < n; i++) {
        if (groups > 0 && compare_keys(&entries[groups - 1].key, &entries[i].key) == 0) {
            entries[groups - 1].size += entries[i].size;
            entries[groups - 1].count += entries[i].count;
        } else {
            entries[groups++] = entries[i];
        }
    }
    *ngroups = groups;
    return entries;
}

static Object *statistic_new(Type *type, const Group *g)
{
    Object *op = object_new(type, 0);
    StatisticObject *s = (StatisticObject *)op;
    s->traceback = traceback_new(g->key.frames, g->key.nframe, g->key.lines, newref(None));
    s->size = (long)g->size;
    s->count = (long)g->count;
    s->size_diff = g->size_diff;
    s->count_diff = g->count_diff;
    return op;
}

static Object *statistics_list(Type *type, const Group *groups, size_t n)
{
    Object *list = list_new();
    for (size_t i = 0; i < n; i++) {
        Object *stat = statistic_new(type, &groups[i]);
        list_append(list, stat);
        decref(stat);
    }
    return list;
}

/* The key type a program named, and whether cumulative may go with it:
 * false with CPython's ValueError. */
static bool parse_key_type(Object *arg, Object *cumulative_arg, KeyType *key_type,
                           bool *cumulative)
{
    static const char *const names[] = {"traceback", "filename", "lineno"};
    const char *name = arg->type == &StrType ? str_chars(arg) : "";
    size_t k = 0;
    while (k < 3 && strcmp(name, names[k]) != 0)
        k++;
    if (k == 3) {
        Object *text = repr_of(arg);
        if (text != NULL)
            raise("ValueError", "unknown key_type: %s", str_chars(text));
        xdecref(text);
        return false;
    }
    *key_type = (KeyType)k;
    *cumulative = cumulative_arg != NULL && is_true(cumulative_arg);
    if (*cumulative && *key_type == KEY_TRACEBACK) {
        raise("ValueError", "cumulative mode cannot by used with key type 'traceback'");
        return false;
    }
    return true;
}

/* --- Snapshot --------------------------------------------------------- */

static void snapshot_dealloc(Object *op)
{
    SnapshotObject *s = (SnapshotObject *)op;
    if (s->owner != NULL) {
        free(s->traces);
        decref(s->owner);
    } else {
        tracemalloc_snapshot_free((TraceSnapshot *)s->data);
    }
}

Type SnapshotType = {
    .name = "Snapshot",
    .basic_size = sizeof(SnapshotObject),
    .dealloc = snapshot_dealloc,
};

static Object *snapshot_new(TraceSnapshot *data)
{
    Object *op = object_new(&SnapshotType, 0);
    SnapshotObject *s = (SnapshotObject *)op;
    s->data = data;
    s->traces = data->traces;
    s->ntraces = data->ntraces;
    return op;
}

static Object *missing_argument(const char *function, const char *name)
{
    return raise("TypeError", "Snapshot.%s() missing 1 required positional argument: '%s'",
                 function, name);
}

/* Snapshot.statistics(key_type, cumulative=False) */
static Object *snapshot_statistics_keywords(Object *self, Object **args, size_t nargs,
                                            Object **kwargs)
{
    (void)args, (void)nargs;
    if (kwargs[0] == NULL)
        return missing_argument("statistics", "key_type");
    KeyType key_type;
    bool cumulative;
    if (!parse_key_type(kwargs[0], kwargs[1], &key_type, &cumulative))
        return NULL;
    size_t n;
    Group *groups = group_by((SnapshotObject *)self, key_type, cumulative, &n);
    qsort(groups, n, sizeof *groups, compare_statistics);
    Object *list = statistics_list(&StatisticType, groups, n);
    free(groups);
    return list;
}

/* The differences of two groupings, both in the order of their keys: a
 * group of new only is all growth, one of old only all loss. */
static Group *compare_grouped(const Group *old, size_t nold, const Group *new, size_t nnew,
                              size_t *n)
{
    Group *diff = calloc(nold + nnew + 1, sizeof *diff);
    if (diff == NULL)
        fatal_out_of_memory("comparing snapshots");
    size_t i = 0, j = 0, k = 0;
    while (i < nold || j < nnew) {
        int c = i == nold ? 1 : j == nnew ? -1 : compare_keys(&old[i].key, &new[j].key);
        if (c < 0) {
            diff[k] = (Group){old[i].key, 0, 0, -(long)old[i].size, -(long)old[i].count};
            i++;
        } else {
            long old_size = c == 0 ? (long)old[i].size : 0, old_count = c == 0 ? (long)old[i].count : 0;
            diff[k] = new[j];
            diff[k].size_diff = (long)new[j].size - old_size;
            diff[k].count_diff = (long)new[j].count - old_count;
            i += c == 0;
            j++;
        }
        k++;
    }
    *n = k;
    return diff;
}

/* Snapshot.compare_to(old_snapshot, key_type, cumulative=False) */
static Object *snapshot_compare_to_keywords(Object *self, Object **args, size_t nargs,
                                            Object **kwargs)
{
    (void)args, (void)nargs;
    if (kwargs[0] == NULL)
        return missing_argument("compare_to", "old_snapshot");
    if (kwargs[1] == NULL)
        return missing_argument("compare_to", "key_type");
    if (kwargs[0]->type != &SnapshotType)
        return raise("AttributeError", "'%s' object has no attribute '_group_by'",
                     type_name(kwargs[0]));
    KeyType key_type;
    bool cumulative;
    if (!parse_key_type(kwargs[1], kwargs[2], &key_type, &cumulative))
        return NULL;
    size_t nnew, nold, n;
    Group *new = group_by((SnapshotObject *)self, key_type, cumulative, &nnew);
    Group *old = group_by((SnapshotObject *)kwargs[0], key_type, cumulative, &nold);
    Group *diff = compare_grouped(old, nold, new, nnew, &n);
    free(new);
    free(old);
    qsort(diff, n, sizeof *diff, compare_differences);
    Object *list = statistics_list(&StatisticDiffType, diff, n);
    free(diff);
    return list;
}

/* --- Filter ----------------------------------------------------------- */

typedef struct FilterObject {
    Object ob;
    bool inclusive, all_frames;
    Object *filename_pattern; /* a str */
    Object *lineno;           /* an int, or None: any line */
} FilterObject;

static void filter_dealloc(Object *op)
{
    FilterObject *f = (FilterObject *)op;
    decref(f->filename_pattern);
    decref(f->lineno);
}

Type TraceFilterType = {
    .name = "Filter",
    .basic_size = sizeof(FilterObject),
    .dealloc = filter_dealloc,
};

/* Filter(inclusive, filename_pattern, lineno=None, all_frames=False) */
static Object *filter_new(Object *type, Object **args, size_t nargs)
{
    (void)type;
    if (args[1]->type != &StrType)
        return raise("TypeError", "expected str, bytes or os.PathLike object, not %s",
                     type_name(args[1]));
    if (nargs > 2 && args[2] != None && !is_int(args[2]))
        return raise("TypeError", "Filter's lineno must be an int or None, not %s",
                     type_name(args[2]));
    Object *op = object_new(&TraceFilterType, 0);
    FilterObject *f = (FilterObject *)op;
    f->inclusive = is_true(args[0]);
    f->filename_pattern = newref(args[1]);
    f->lineno = newref(nargs > 2 ? args[2] : None);
    f->all_frames = nargs > 3 && is_true(args[3]);
    return op;
}

static const BuiltinDef filter_new_def = {"Filter", filter_new, 2, 4, ARGS_POSITIONAL};

Object *trace_filter_construct(Object *type, Object **args, size_t nargs)
{
    return builtin_call(&filter_new_def, type, args, nargs);
}

/* Filter._match_frame_impl: the filename matches the pattern as fnmatch
 * does (no escapes; '*' crosses '/'), and the line if one was given. */
static bool filter_matches_frame(const FilterObject *f, const TraceFrame *frame)
{
    if (fnmatch(str_chars(f->filename_pattern), frame->filename, FNM_NOESCAPE) != 0)
        return false;
    return f->lineno == None || int_value(f->lineno) == (long)frame->lineno;
}

/* Filter._match_traceback: whether the filter lets the trace through. */
static bool filter_passes(const FilterObject *f, const TraceTraceback *tb)
{
    bool matched = false;
    for (unsigned i = 0; i < (f->all_frames ? tb->nframe : 1) && !matched; i++)
        matched = filter_matches_frame(f, &tb->frames[i]);
    return matched == f->inclusive;
}

/* Snapshot._filter_trace: through one inclusive filter at least, if there
 * is any, and through every exclusive one. */
static bool trace_passes(Object *filters, const TraceTraceback *tb)
{
    bool any_inclusive = false, included = false;
    for (size_t i = 0; i < list_size(filters); i++) {
        const FilterObject *f = (const FilterObject *)list_getitem(filters, i);
        bool passes = filter_passes(f, tb);
        if (!f->inclusive && !passes)
            return false;
        any_inclusive |= f->inclusive;
        included |= f->inclusive && passes;
    }
    return !any_inclusive || included;
}

/* Snapshot.filter_traces(filters): a new Snapshot of the traces that pass,
 * sharing this one's tracebacks. */
static Object *snapshot_filter_traces(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *filters = args[0];
    if (filters->type != &ListType && filters->type != &TupleType)
        return raise("TypeError", "filters must be a list of filters, not %s",
                     type_name(filters));
    Object *list = list_from_iterable(filters);
    for (size_t i = 0; list != NULL && i < list_size(list); i++)
        if (list_getitem(list, i)->type != &TraceFilterType) {
            decref(list);
            return raise("AttributeError", "'%s' object has no attribute 'inclusive'",
                         type_name(list_getitem(list, i)));
        }
    if (list == NULL)
        return NULL;
    SnapshotObject *s = (SnapshotObject *)self;
    struct SnapshotTrace *kept = calloc(s->ntraces + 1, sizeof *kept);
    if (kept == NULL)
        fatal_out_of_memory("filtering traces");
    size_t n = 0;
    for (size_t i = 0; i < s->ntraces; i++)
        if (trace_passes(list, s->data->tracebacks[s->traces[i].traceback]))
            kept[n++] = s->traces[i];
    decref(list);
    Object *op = object_new(&SnapshotType, 0);
    SnapshotObject *filtered = (SnapshotObject *)op;
    filtered->data = s->data;
    filtered->owner = newref(s->owner ? s->owner : self);
    filtered->traces = kept;
    filtered->ntraces = n;
    return op;
}

static Object *snapshot_statistics(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(snapshot_statistics_keywords, self, args, nargs);
}

static Object *snapshot_compare_to(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(snapshot_compare_to_keywords, self, args, nargs);
}

const BuiltinDef snapshot_methods[] = {
    {"statistics", snapshot_statistics, 1, 2, ARGS_POSITIONAL},
    {"compare_to", snapshot_compare_to, 2, 3, ARGS_POSITIONAL},
    {"filter_traces", snapshot_filter_traces, 1, 1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/* --- attributes and text ---------------------------------------------- */

bool is_tracemalloc_object(const Object *op)
{
    const Type *t = op->type;
    return t == &SnapshotType || t == &StatisticType || t == &StatisticDiffType ||
           t == &TraceTracebackType || t == &TraceFrameType || t == &TraceFilterType;
}

static Object *statistic_attribute(const StatisticObject *s, bool diff, const char *attr)
{
    if (strcmp(attr, "traceback") == 0)
        return newref(s->traceback);
    if (strcmp(attr, "size") == 0)
        return int_new(s->size);
    if (strcmp(attr, "count") == 0)
        return int_new(s->count);
    if (diff && strcmp(attr, "size_diff") == 0)
        return int_new(s->size_diff);
    if (diff && strcmp(attr, "count_diff") == 0)
        return int_new(s->count_diff);
    return NULL;
}

static Object *snapshot_attribute(const SnapshotObject *s, const char *attr)
{
    if (strcmp(attr, "traceback_limit") == 0)
        return int_new((long)s->data->traceback_limit);
    return NULL;
}

static Object *filter_attribute(const FilterObject *f, const char *attr)
{
    if (strcmp(attr, "inclusive") == 0)
        return newref(bool_from(f->inclusive));
    if (strcmp(attr, "all_frames") == 0)
        return newref(bool_from(f->all_frames));
    if (strcmp(attr, "filename_pattern") == 0)
        return newref(f->filename_pattern);
    if (strcmp(attr, "lineno") == 0)
        return newref(f->lineno);
    return NULL;
}

Object *tracemalloc_attribute(Object *op, const char *attr)
{
    const Type *t = op->type;
    if (t == &StatisticType || t == &StatisticDiffType)
        return statistic_attribute((StatisticObject *)op, t == &StatisticDiffType, attr);
    if (t == &TraceFrameType && strcmp(attr, "filename") == 0)
        return newref(((TraceFrameObject *)op)->filename);
    if (t == &TraceFrameType && strcmp(attr, "lineno") == 0)
        return newref(((TraceFrameObject *)op)->lineno);
    if (t == &TraceTracebackType && strcmp(attr, "total_nframe") == 0)
        return newref(((TraceTracebackObject *)op)->total_nframe);
    if (t == &SnapshotType)
        return snapshot_attribute((SnapshotObject *)op, attr);
    if (t == &TraceFilterType)
        return filter_attribute((FilterObject *)op, attr);
    return NULL;
}

/* "<Frame filename='f.py' lineno=12>" */
static bool add_frame_repr(Buf *b, Object *filename, Object *lineno)
{
    Object *name = repr_of(filename);
    if (name == NULL)
        return false;
    buf_printf(b, "<Frame filename=%s lineno=%ld>", str_chars(name), int_value(lineno));
    decref(name);
    return true;
}

/* "<Traceback (<Frame ...>, ...) total_nframe=N>", as CPython 3.11's
 * (no total_nframe for a statistic's key). */
static bool add_traceback_repr(Buf *b, Object *op)
{
    const TraceTracebackObject *tb = (const TraceTracebackObject *)op;
    const Tuple *frames = (const Tuple *)tb->frames;
    buf_add(b, "<Traceback (", 12);
    for (long i = 0; i < (long)frames->ob.size; i++) {
        const Tuple *pair = (const Tuple *)frames->items[i];
        if (i > 0)
            buf_add(b, ", ", 2);
        if (!add_frame_repr(b, pair->items[0], pair->items[1]))
            return false;
    }
    buf_add(b, frames->ob.size == 1 ? ",)" : ")", frames->ob.size == 1 ? 2 : 1);
    if (tb->total_nframe != None)
        buf_printf(b, " total_nframe=%ld", int_value(tb->total_nframe));
    buf_add(b, ">", 1);
    return true;
}

/* The reprs of Lib/tracemalloc.py; a Snapshot's and a Filter's are the
 * default "<tracemalloc.Snapshot object at 0x...>". */
Object *tracemalloc_repr(Object *op)
{
    const Type *t = op->type;
    Buf b = {0};
    bool ok = true;
    if (t == &TraceFrameType) {
        ok = add_frame_repr(&b, ((TraceFrameObject *)op)->filename,
                            ((TraceFrameObject *)op)->lineno);
    } else if (t == &TraceTracebackType) {
        ok = add_traceback_repr(&b, op);
    } else if (t == &StatisticType || t == &StatisticDiffType) {
        const StatisticObject *s = (const StatisticObject *)op;
        buf_printf(&b, "<%s traceback=", t->name);
        ok = add_traceback_repr(&b, s->traceback);
        if (t == &StatisticType)
            buf_printf(&b, " size=%ld count=%ld>", s->size, s->count);
        else
            buf_printf(&b, " size=%ld (%+ld) count=%ld (%+ld)>", s->size, s->size_diff,
                       s->count, s->count_diff);
    } else {
        buf_printf(&b, "<tracemalloc.%s object at %p>", t->name, (void *)op);
    }
    return ok ? buf_finish(&b) : buf_drop(&b);
}

Object *tracemalloc_str(Object *op)
{
    const Type *t = op->type;
    if (t == &StatisticType || t == &StatisticDiffType)
        return statistic_str((StatisticObject *)op, t == &StatisticDiffType);
    Buf b = {0};
    if (t == &TraceFrameType)
        add_frame_text(&b, ((TraceFrameObject *)op)->filename, ((TraceFrameObject *)op)->lineno);
    else if (t == &TraceTracebackType)
        add_traceback_text(&b, op);
    else
        return tracemalloc_repr(op);
    return buf_finish(&b);
}

/* --- the module's functions ------------------------------------------- */

/* start(nframe=1) */
static Object *tm_start_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    long nframe = 1;
    if (kwargs[0] != NULL) {
        if (!is_int(kwargs[0]))
            return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                         type_name(kwargs[0]));
        nframe = int_value(kwargs[0]);
    }
    if (nframe < 1 || nframe > TRACEMALLOC_MAX_NFRAME)
        return raise("ValueError", "the number of frames must be in range [1; %d]",
                     TRACEMALLOC_MAX_NFRAME);
    tracemalloc_set_frames_source(running_frames);
    if (!tracemalloc_start((unsigned)nframe))
        return raise("MemoryError", "%s", "");
    return newref(None);
}

static Object *tm_start(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(tm_start_keywords, self, args, nargs);
}

static Object *tm_stop(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    tracemalloc_stop();
    return newref(None);
}

static Object *tm_is_tracing(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return newref(bool_from(tracemalloc_tracing));
}

static Object *tm_clear_traces(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    if (tracemalloc_tracing)
        tracemalloc_clear_traces();
    return newref(None);
}

static Object *tm_get_traced_memory(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    size_t current, peak;
    tracemalloc_traced_memory(&current, &peak);
    Object *pair[2] = {int_new((long)current), int_new((long)peak)};
    return tuple_from(pair, 2);
}

static Object *tm_reset_peak(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    tracemalloc_reset_peak();
    return newref(None);
}

static Object *tm_get_tracemalloc_memory(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new((long)tracemalloc_memory());
}

static Object *tm_get_traceback_limit(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new((long)tracemalloc_traceback_limit());
}

/* The Traceback of the block that holds obj, or None if it has no trace. */
static Object *tm_get_object_traceback(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    const TraceTraceback *tb = tracemalloc_traceback_of(object_memory(args[0]));
    if (tb == NULL)
        return newref(None);
    return traceback_new(tb->frames, tb->nframe, true, int_new(tb->total_nframe));
}

static Object *tm_take_snapshot(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    if (!tracemalloc_tracing)
        return raise("RuntimeError", "the tracemalloc module must be tracing memory "
                                     "allocations to take a snapshot");
    TraceSnapshot *data = tracemalloc_take_snapshot();
    if (data == NULL)
        return raise("MemoryError", "%s", "");
    return snapshot_new(data);
}

static const BuiltinDef tracemalloc_functions[] = {
    {"start", tm_start, 0, 1, ARGS_TUPLE},
    {"stop", tm_stop, 0, 0, ARGS_NONE},
    {"is_tracing", tm_is_tracing, 0, 0, ARGS_NONE},
    {"clear_traces", tm_clear_traces, 0, 0, ARGS_NONE},
    {"get_traced_memory", tm_get_traced_memory, 0, 0, ARGS_NONE},
    {"reset_peak", tm_reset_peak, 0, 0, ARGS_NONE},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, 0, 0, ARGS_NONE},
    {"get_traceback_limit", tm_get_traceback_limit, 0, 0, ARGS_NONE},
    {"get_object_traceback", tm_get_object_traceback, 1, 1, ARGS_POSITIONAL},
    {"take_snapshot", tm_take_snapshot, 0, 0, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

static const char *const start_keywords[] = {"nframe", NULL};
static const char *const statistics_keywords[] = {"key_type", "cumulative", NULL};
static const char *const compare_to_keywords[] = {"old_snapshot", "key_type", "cumulative",
                                                  NULL};
static const char *const format_keywords[] = {"limit", "most_recent_first", NULL};

const KeywordDef tracemalloc_keyword_defs[] = {
    {tm_start, start_keywords, tm_start_keywords, 1, NULL, false},
    {snapshot_statistics, statistics_keywords, snapshot_statistics_keywords, 2, NULL, false},
    {snapshot_compare_to, compare_to_keywords, snapshot_compare_to_keywords, 3, NULL, false},
    {traceback_format, format_keywords, traceback_format_keywords, 2, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};

static void tracemalloc_init(Object *module)
{
    static Type *const types[] = {&SnapshotType, &StatisticType, &StatisticDiffType,
                                  &TraceTracebackType, &TraceFrameType, &TraceFilterType};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        Object *key = str_new(types[i]->name);
        dict_setitem(((Module *)module)->dict, key, type_object_of(types[i]));
        decref(key);
    }
}

const ModuleDef tracemalloc_module = {"tracemalloc", tracemalloc_functions, tracemalloc_init};
