/* traceback.c: tracebacks as objects.  Chapter 2 (the runner).  CPython:
 * Python/traceback.c (PyTraceBack_Here, tb_traverse, the printing). */
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "frameobject.h"
#include "gc.h"
#include "int.h"
#include "minipy.h"
#include "scope.h"
#include "str.h"

/* CPython prints every entry; a deep recursion's traceback is cut to its
 * first and last entries here. */
#define TRACEBACK_KEEP 40

Object *traceback_new(Object *next, Frame *f)
{
    Object *frame = frame_object_of(f);
    Object *op = object_new(&TracebackType, 0);
    Traceback *tb = (Traceback *)op;
    tb->next = next ? newref(next) : NULL;
    tb->frame = newref(frame);
    tb->line = f->line;
    gc_track(op);
    return op;
}

Object *traceback_attribute(Object *op, const char *name)
{
    Traceback *tb = (Traceback *)op;
    if (strcmp(name, "tb_next") == 0)
        return newref(tb->next ? tb->next : None);
    if (strcmp(name, "tb_frame") == 0)
        return newref(tb->frame);
    if (strcmp(name, "tb_lineno") == 0)
        return int_new(tb->line);
    return NULL;
}

static void print_source_line(FILE *out, const char *source, int line)
{
    const char *p = source;
    for (int n = 1; n < line && p != NULL; n++) {
        p = strchr(p, '\n');
        if (p != NULL)
            p++;
    }
    if (p == NULL)
        return;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *end = strchr(p, '\n');
    int length = end ? (int)(end - p) : (int)strlen(p);
    if (length > 0)
        fprintf(out, "    %.*s\n", length, p);
}

static void print_entry(FILE *out, const Traceback *tb, const char *filename, const char *source)
{
    const FrameObject *fo = (const FrameObject *)tb->frame;
    fprintf(out, "  File \"%s\", line %d, in %s\n", filename, tb->line,
            str_chars(fo->scope->name));
    print_source_line(out, source, tb->line);
}

void traceback_print(FILE *out, Object *op, const char *filename, const char *source)
{
    size_t count = 0;
    for (Object *tb = op; tb != NULL; tb = ((Traceback *)tb)->next)
        count++;
    if (count > 0)
        fprintf(out, "Traceback (most recent call last):\n");
    size_t k = 0;
    for (Object *tb = op; tb != NULL; tb = ((Traceback *)tb)->next, k++) {
        if (count > TRACEBACK_KEEP && k >= TRACEBACK_KEEP / 2 &&
            k < count - TRACEBACK_KEEP / 2) {
            if (k == TRACEBACK_KEEP / 2)
                fprintf(out, "  [Previous lines repeated: %zu frames left out]\n",
                        count - TRACEBACK_KEEP);
            continue;
        }
        print_entry(out, (Traceback *)tb, filename, source);
    }
}

/* next, then frame, as CPython's tb_traverse. */
static int traceback_traverse(Object *self, visitproc visit, void *arg)
{
    Traceback *tb = (Traceback *)self;
    int stop = tb->next ? visit(tb->next, arg) : 0;
    return stop ? stop : visit(tb->frame, arg);
}

static void traceback_clear(Object *self)
{
    Traceback *tb = (Traceback *)self;
    Object *next = tb->next, *frame = tb->frame;
    tb->next = tb->frame = NULL;
    xdecref(next);
    xdecref(frame);
}

Type TracebackType = {
    .name = "traceback",
    .basic_size = sizeof(Traceback),
    .flags = TYPE_GC,
    .dealloc = traceback_clear,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
};
