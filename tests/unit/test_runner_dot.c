/* The runner's --dot pictures add up (chapter 2, the runner): the arrows
 * into each object, from other objects and from what holds it from outside
 * (a frame's slot, a module, the runner's C variables), are as many as its
 * count, in every collection drawn. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "interp.h"
#include "trace.h"

#define LINE_MAX_CHARS 512
#define NODES_MAX 256
#define PATH_CHARS 512

typedef struct DrawnNode {
    char id[64];
    long count, arrows;
} DrawnNode;

typedef struct Pictures {
    DrawnNode nodes[NODES_MAX];
    size_t count;
    size_t pictures;
} Pictures;

static DrawnNode *node_of(Pictures *p, const char *id)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->nodes[i].id, id) == 0)
            return &p->nodes[i];
    return NULL;
}

/* Each node's count, from "ID [label=...\nrefcount N", and the arrows of
 * kind ref or holder that end at it, from "-> ID [kind=ref". */
static void read_picture(Pictures *p, const char *path)
{
    FILE *in = fopen(path, "r");
    ck_assert_ptr_nonnull(in);
    p->count = 0;
    char line[LINE_MAX_CHARS], id[64], kind[16];
    while (fgets(line, sizeof line, in)) {
        const char *count = strstr(line, "\\nrefcount ");
        if (count && sscanf(line, " %63s [label=", id) == 1) {
            ck_assert_uint_lt(p->count, NODES_MAX);
            DrawnNode *n = &p->nodes[p->count++];
            snprintf(n->id, sizeof n->id, "%s", id);
            n->count = strtol(count + strlen("\\nrefcount "), NULL, 10);
            n->arrows = 0;
        }
        const char *arrow = strstr(line, "-> ");
        if (arrow && sscanf(arrow, "-> %63s [kind=%15[a-z]", id, kind) == 2 &&
            (strcmp(kind, "ref") == 0 || strcmp(kind, "holder") == 0)) {
            DrawnNode *n = node_of(p, id);
            ck_assert_ptr_nonnull(n); /* nodes come before arrows */
            n->arrows++;
        }
    }
    fclose(in);
    for (size_t i = 0; i < p->count; i++)
        ck_assert_msg(p->nodes[i].arrows == p->nodes[i].count,
                      "%s: %s has a count of %ld and %ld arrows in", path, p->nodes[i].id,
                      p->nodes[i].count, p->nodes[i].arrows);
    p->pictures++;
}

static bool file_has(const char *path, const char *text)
{
    FILE *in = fopen(path, "r");
    ck_assert_ptr_nonnull(in);
    char line[LINE_MAX_CHARS];
    bool found = false;
    while (!found && fgets(line, sizeof line, in))
        found = strstr(line, text) != NULL;
    fclose(in);
    return found;
}

/* Run `program` with --dot into a new directory; check every picture, and
 * return how many there were, with *holder set when one of them has a
 * holder labelled `holder`. */
static size_t draw(const char *program, const char *holder, bool *found)
{
    char dir[] = "/tmp/test-runner-dot-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    TraceOptions trace = {.dot_dir = dir};
    trace_install(&trace);
    RunOptions options = {.max_steps = -1};
    ck_assert_int_eq(interp_execute("<test>", program, strlen(program), &options), 0);
    gc_set_trace(NULL, NULL);
    static Pictures pictures;
    pictures.pictures = 0;
    *found = false;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *entry;
    char path[PATH_CHARS];
    while ((entry = readdir(d)) != NULL) {
        if (entry->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        read_picture(&pictures, path);
        char label[LINE_MAX_CHARS];
        snprintf(label, sizeof label, "label=\"%s\"", holder);
        *found = *found || file_has(path, label);
        remove(path);
    }
    closedir(d);
    rmdir(dir);
    return pictures.pictures;
}

START_TEST(a_running_functions_variables_are_drawn_as_its_frames_slots)
{
    bool found;
    size_t drawn = draw("import gc\n"
                        "def work(item):\n"
                        "    box = []\n"
                        "    box.append(box)\n"
                        "    gc.collect()\n"
                        "shared = []\n"
                        "work(shared)\n"
                        "gc.collect()\n",
                        "frame of work: box", &found);
    ck_assert_uint_ge(drawn, 2);
    ck_assert(found);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_frames_of_a_recursion_are_one_holder_per_name)
{
    /* fifty frames of f, each holding its own cycle: one node "frame of f:
     * x" with fifty arrows, and the counts still add up. */
    bool found;
    draw("import gc\n"
         "def f(n):\n"
         "    x = []\n"
         "    x.append(x)\n"
         "    if n == 0:\n"
         "        gc.collect()\n"
         "    else:\n"
         "        f(n - 1)\n"
         "f(49)\n",
         "frame of f: x", &found);
    ck_assert(found);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_collection_too_big_to_draw_is_skipped)
{
    /* More than 200 objects: no picture of it, and the program runs on. */
    bool found;
    size_t drawn = draw("import gc\n"
                        "keep = []\n"
                        "for i in range(300):\n"
                        "    keep.append([])\n"
                        "gc.collect()\n"
                        "keep = None\n",
                        "nothing", &found);
    ck_assert(!found);
    ck_assert_uint_ge(drawn, 1); /* the shutdown's collection, small again */
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("runner_dot");
    TCase *tc = tcase_create("runner_dot");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, a_running_functions_variables_are_drawn_as_its_frames_slots);
    tcase_add_test(tc, the_frames_of_a_recursion_are_one_holder_per_name);
    tcase_add_test(tc, a_collection_too_big_to_draw_is_skipped);
    suite_add_tcase(s, tc);
    return s;
}
