/* dump.c: the heap-to-Graphviz dumper.  Chapter 1. */
#include "dump.h"

#include <stdbool.h>
#include <string.h>

#include "debug.h"
#include "int.h"
#include "str.h"
//> 4 dump_include_weakref
#include "weakref.h"
//< 4 dump_include_weakref

typedef struct Edges {
    FILE *out;
    const Object *from;
    const Picture *picture;
    const char *attributes; /* more attributes of each arrow, after a comma */
} Edges;

static bool in_picture(const Picture *picture, const Object *op)
{
    for (size_t i = 0; i < picture->count; i++)
        if (picture->objects[i] == op)
            return true;
    return false;
}

static int write_edge(Object *referent, void *arg)
{
    Edges *e = arg;
    if (referent != NULL && in_picture(e->picture, referent))
        fprintf(e->out, "  o%p -> o%p [kind=ref%s];\n", (const void *)e->from,
                (const void *)referent, e->attributes);
    return 0;
}

/* Text inside a DOT label: quotes and backslashes escaped. */
static void write_label_text(FILE *out, const char *text)
{
    for (; *text; text++) {
        if (*text == '"' || *text == '\\')
            fputc('\\', out);
        fputc(*text, out);
    }
}

//> 2 dump_styles
/* Each state's look: fills far apart in lightness, and line styles that
 * differ, so that the states read without colour. */
static const struct {
    const char *legend;
    const char *style;
} looks[DUMP_STATES] = {
    [DUMP_UNMARKED] = {"not scanned yet", "style=rounded"},
    [DUMP_REACHABLE] = {"reachable", "style=\"rounded,filled,bold\", fillcolor=\"#d4efcc\""},
    [DUMP_TENTATIVE] = {"on the unreachable list",
                        "style=\"rounded,filled,dashed\", fillcolor=\"#eea86a\""},
    [DUMP_FREED] = {"freed", "style=\"rounded,dotted\", color=grey45, fontcolor=grey45"},
};

/* A legend of the states the picture uses, in a row under the lists (so
 * that it makes the picture taller, not wider: pages are narrow). */
static void write_legend(FILE *out, const bool used[DUMP_STATES], size_t nlists)
{
    fputs("  subgraph cluster_legend {\n    label=\"legend\"; style=dotted;\n"
          "    subgraph { rank=same;\n", out);
    int first = -1, previous = -1;
    for (int s = 0; s < DUMP_STATES; s++) {
        if (!used[s])
            continue;
        fprintf(out, "    legend%d [label=\"%s\", %s];\n", s, looks[s].legend, looks[s].style);
        if (previous >= 0) /* in the order of the states */
            fprintf(out, "    legend%d -> legend%d [style=invis];\n", previous, s);
        if (first < 0)
            first = s;
        previous = s;
    }
    fputs("  } }\n", out);
    if (nlists > 0)
        fprintf(out, "  list%zu -> legend%d [style=invis];\n", nlists - 1, first);
}

/* A list as the chain of its links, head -> first -> ... in order, on a
 * row of its own. */
static void write_list(FILE *out, const Picture *picture, size_t index)
{
    const DumpList *list = &picture->lists[index];
    fprintf(out, "  list%zu [label=\"", index);
    write_label_text(out, list->name);
    fputs("\", shape=cds, style=filled, fillcolor=grey90];\n", out);
    fprintf(out, "  subgraph { rank=same; list%zu", index);
    bool empty = true;
    for (GCHead *g = gc_next(list->head); g != list->head; g = gc_next(g))
        if (in_picture(picture, from_gc(g))) {
            fprintf(out, " -> o%p", (const void *)from_gc(g));
            empty = false;
        }
    fputs(empty ? "; }\n"
                : " [kind=list, style=dotted, color=grey35, arrowhead=onormal, penwidth=2]; }\n",
          out);
    if (index > 0) /* each list below the one before */
        fprintf(out, "  list%zu -> list%zu [style=invis];\n", index - 1, index);
}
//< 2 dump_styles

/* An atom shows its value; other objects their type name. */
static void write_node(FILE *out, const Object *op, DumpMark mark)
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
    if (mark.note) {
        fputs("\\n", out);
        write_label_text(out, mark.note);
    }
    fputs("\"", out);
//> 2 write_node_style
    if (mark.state != DUMP_UNMARKED)
        fprintf(out, ", %s", looks[mark.state].style);
//< 2 write_node_style
    fputs("];\n", out);
}

/* The holders, a node per name, an arrow per reference. */
static void write_holders(FILE *out, const Picture *picture)
{
    for (size_t i = 0; i < picture->nholders; i++) {
        const DumpHolder *h = &picture->holders[i];
        size_t first = 0;
        while (strcmp(picture->holders[first].name, h->name) != 0)
            first++;
        if (first == i) {
            fprintf(out, "  holder%zu [label=\"", i);
            write_label_text(out, h->name);
            fputs("\", shape=plaintext, fontname=\"monospace\"];\n", out);
        }
        if (!in_picture(picture, h->target))
            fatal_argument("dump_picture", "holder '%s' holds an object not drawn", h->name);
        fprintf(out, "  holder%zu -> o%p [kind=holder, style=bold];\n", first,
                (const void *)h->target);
    }
}

void dump_picture(FILE *out, const Picture *picture)
{
    CHECK_NOT_NULL(out);
    CHECK_NOT_NULL(picture);
    if (picture->objects == NULL && picture->count > 0)
        fatal_argument(__func__, "objects is NULL");
    if (picture->holders == NULL && picture->nholders > 0)
        fatal_argument(__func__, "holders is NULL");
    fprintf(out, "digraph heap {\n"
                 "  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
//> 2 dump_picture_states
    bool used[DUMP_STATES] = {false};
//< 2 dump_picture_states
    for (size_t i = 0; i < picture->count; i++) {
        DumpMark mark = picture->mark ? picture->mark(picture->objects[i], picture->arg)
                                      : (DumpMark){0};
        write_node(out, picture->objects[i], mark);
//> 2 dump_picture_states
        used[mark.state] = true;
//< 2 dump_picture_states
    }
//> 2 dump_picture_lists
    for (size_t i = 0; i < picture->nfreed; i++) {
        fprintf(out, "  freed%zu [label=\"", i);
        write_label_text(out, picture->freed[i]);
        fprintf(out, "\", %s];\n", looks[DUMP_FREED].style);
        used[DUMP_FREED] = true;
    }
    for (size_t i = 0; i < picture->nlists; i++)
        write_list(out, picture, i);
    if (used[DUMP_REACHABLE] || used[DUMP_TENTATIVE] || used[DUMP_FREED])
        write_legend(out, used, picture->nlists);
//< 2 dump_picture_lists
    write_holders(out, picture);
    for (size_t i = 0; i < picture->count; i++) {
        Object *op = picture->objects[i];
        Edges e = {out, op, picture, ""};
//> 2 dump_picture_lists
        if (picture->nlists > 0)
            e.attributes = ", constraint=false"; /* the lists place the objects */
//< 2 dump_picture_lists
        if (op->type->traverse)
            op->type->traverse(op, write_edge, &e);
//> 4 dump_weak_link
        /* A weak reference's link to its referent is no reference (traverse
         * does not visit it): drawn dashed. */
        if (is_weakref(op) && ((WeakRef *)op)->referent &&
            in_picture(picture, ((WeakRef *)op)->referent))
            fprintf(out, "  o%p -> o%p [kind=weak, style=dashed];\n", (const void *)op,
                    (const void *)((WeakRef *)op)->referent);
//< 4 dump_weak_link
    }
    fprintf(out, "}\n");
}

void dump_objects(FILE *out, Object *const *objects, size_t count)
{
    dump_picture(out, &(Picture){.objects = objects, .count = count});
}
