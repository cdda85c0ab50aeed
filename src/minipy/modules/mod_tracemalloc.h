/* mod_tracemalloc.h: the tracemalloc module's objects.  Chapter 7 (the
 * runner).  CPython: Lib/tracemalloc.py over Modules/_tracemalloc.c. */
#ifndef MINIPY_MOD_TRACEMALLOC_H
#define MINIPY_MOD_TRACEMALLOC_H

#include "minipy.h"
#include "modules.h"

extern const ModuleDef tracemalloc_module;

/* Snapshot, Statistic, StatisticDiff, Traceback, Frame, Filter. */
extern Type SnapshotType, StatisticType, StatisticDiffType, TraceTracebackType, TraceFrameType,
    TraceFilterType;
bool is_tracemalloc_object(const Object *op);

/* What the rest of the runner asks of them: an attribute (NULL if they
 * have none by that name, no exception set), their methods, their str. */
Object *tracemalloc_attribute(Object *op, const char *attr);
extern const BuiltinDef snapshot_methods[], trace_traceback_methods[];
Object *tracemalloc_str(Object *op);
Object *tracemalloc_repr(Object *op);
/* A Traceback is a sequence of Frames, the oldest first. */
Object *trace_traceback_item(Object *tb, Object *key);
long trace_traceback_length(Object *tb);
/* A new tuple of its Frames, for iterating over it. */
Object *trace_traceback_frames(Object *tb);

Object *trace_filter_construct(Object *type, Object **args, size_t nargs);
extern const KeywordDef tracemalloc_keyword_defs[];

/* Stop tracing at shutdown, before the runtime's memory goes. */
void tracemalloc_fini(void);

#endif
