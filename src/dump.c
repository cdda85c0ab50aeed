/* dump.c: the heap-to-Graphviz dumper.  Chapter 1. */
#include "dump.h"

#include <stdbool.h>

#include "debug.h"
#include "int.h"
#include "str.h"
//> 4 dump_include_weakref
#include "weakref.h"
//< 4 dump_include_weakref

typedef struct Edges {
    FILE *out;
    const Object *from;
    Object *const *objects;
    size_t count;
} Edges;

static bool in_set(const Edges *e, const Object *op)
{
    for (size_t i = 0; i < e->count; i++)
        if (e->objects[i] == op)
            return true;
    return false;
}

static int write_edge(Object *referent, void *arg)
{
    Edges *e = arg;
    if (referent != NULL && in_set(e, referent))
        fprintf(e->out, "  o%p -> o%p;\n", (const void *)e->from,
                (const void *)referent);
    return 0;
}

/* A str's characters inside a DOT label: quotes and backslashes escaped. */
static void write_label_text(FILE *out, const char *text)
{
    for (; *text; text++) {
        if (*text == '"' || *text == '\\')
            fputc('\\', out);
        fputc(*text, out);
    }
}

/* An atom shows its value; other objects their type name. */
static void write_node(FILE *out, const Object *op, const char *note)
{
    fprintf(out, "  o%p [label=\"%s", (const void *)op, type_name(op));
    if (op->type == &IntType) {
        fprintf(out, " %ld", int_value(op));
    } else if (op->type == &StrType) {
        fputs(" '", out);
        write_label_text(out, str_chars(op));
        fputc('\'', out);
    }
    fprintf(out, "\\nrefcount %ld", (long)op->refcnt);
    if (note) {
        fputs("\\n", out);
        write_label_text(out, note);
    }
    fputs("\"];\n", out);
}

void dump_objects(FILE *out, Object *const *objects, size_t count)
{
    dump_objects_noted(out, objects, count, NULL, NULL);
}

void dump_objects_noted(FILE *out, Object *const *objects, size_t count,
                        DumpNote note, void *arg)
{
    CHECK_NOT_NULL(out);
    if (objects == NULL && count > 0)
        fatal_argument(__func__, "objects is NULL");
    fprintf(out, "digraph heap {\n"
                 "  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
    for (size_t i = 0; i < count; i++)
        write_node(out, objects[i], note ? note(objects[i], arg) : NULL);
    for (size_t i = 0; i < count; i++) {
        Edges e = {out, objects[i], objects, count};
        if (objects[i]->type->traverse)
            objects[i]->type->traverse(objects[i], write_edge, &e);
//> 4 dump_weak_link
        /* A weak reference's link to its referent is no reference (traverse
         * does not visit it): drawn dashed. */
        if (is_weakref(objects[i]) && ((WeakRef *)objects[i])->referent &&
            in_set(&e, ((WeakRef *)objects[i])->referent))
            fprintf(out, "  o%p -> o%p [style=dashed];\n", (const void *)objects[i],
                    (const void *)((WeakRef *)objects[i])->referent);
//< 4 dump_weak_link
    }
    fprintf(out, "}\n");
}
