/* backref_chain.c: chapter 7's worked example, why is this alive?  An
 * application object keeps a dict of sessions by user; each session keeps
 * its list of requests.  One request was meant to die when it was answered;
 * the shortest chain of references from the application down to it says
 * who keeps it.  Without arguments it prints the counts by type and the
 * chain; with --dot it draws the back-references of that request, as
 * objgraph.show_backrefs does, from the live heap. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#define SESSIONS 3
#define REQUESTS 4
#define DRAW_DEPTH 4

typedef struct Heap {
    Object *app_class, *session_class, *request_class;
    Object *app, *leaked;
} Heap;

/* app.sessions = {"user0": session, ...}; session.requests = [request, ...] */
static Heap heap_new(void)
{
    Heap h = {class_new("App", NULL), class_new("Session", NULL), class_new("Request", NULL),
              NULL, NULL};
    h.app = instance_new(h.app_class);
    Object *sessions = dict_new();
    instance_setattr(h.app, "sessions", sessions);
    for (int s = 0; s < SESSIONS; s++) {
        Object *session = instance_new(h.session_class), *requests = list_new();
        char user[16];
        snprintf(user, sizeof user, "user%d", s);
        Object *key = str_new(user);
        instance_setattr(session, "requests", requests);
        dict_setitem(sessions, key, session);
        for (int r = 0; r < REQUESTS; r++) {
            Object *request = instance_new(h.request_class);
            list_append(requests, request);
            if (s == SESSIONS - 1 && r == REQUESTS - 1)
                h.leaked = newref(request);
            decref(request);
        }
        decref(key), decref(requests), decref(session);
    }
    decref(sessions);
    return h;
}

static void heap_free(Heap *h)
{
    decref(h->leaked), decref(h->app);
    decref(h->app_class), decref(h->session_class), decref(h->request_class);
}

static int is_app(Object *op, void *arg)
{
    return op == ((Heap *)arg)->app;
}

static void print_counts(void)
{
    Object *objects = gc_get_objects(-1);
    Object *stats = objgraph_typestats(objects, NULL, NULL);
    TypeCount rows[16];
    size_t count = objgraph_most_common(stats, 16, rows);
    objgraph_write_counts(stdout, rows, count);
    decref(stats), decref(objects);
}

static void print_chain(Heap *h)
{
    Object *chain = objgraph_find_backref_chain(h->leaked, is_app, h, 20, (Ignored){NULL, 0});
    printf("chain:");
    for (size_t i = 0; i < list_size(chain); i++)
        printf(" %s", type_name(list_getitem(chain, i)));
    printf("\n");
    decref(chain);
}

int main(int argc, char **argv)
{
    Heap h = heap_new();
    if (argc > 1 && strcmp(argv[1], "--dot") == 0) {
        BackrefsStyle style = {NULL, NULL, is_app, &h, DRAW_DEPTH, 10, {NULL, 0}};
        objgraph_write_backrefs(stdout, &h.leaked, 1, &style);
    } else {
        print_counts();
        print_chain(&h);
    }
    heap_free(&h);
    return 0;
}
