/* Graded tests of the chapter 4 exercise parent_pointers
 * (exercises/04-weak-references/parent_pointers.c).
 *
 * The tests walk the student's trees through their "children" lists, then
 * drop them and measure: how many nodes reference counting alone frees
 * (the allocation account of the nodes' class), and how many objects the
 * collector finds.  A strong tree of n >= 2 nodes leaves 2n (each node and
 * its list of children); a weak one, none.  The experiment runs on a tree
 * of a size drawn at random (random_inputs.h), with other garbage about. */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES Object *my_tree_new(Object *cls, size_t n, bool weak_parents);
STUDENT_WRITES Object *my_parent(Object *node);
STUDENT_WRITES long my_collect_dropped_tree(Object *cls, size_t n, bool weak_parents);

static void parent_pointers_is_defined(void)
{
    ck_assert_defined(my_tree_new);
    ck_assert_defined(my_parent);
    ck_assert_defined(my_collect_dropped_tree);
}

static Object *new_tree(Object *cls, size_t n, bool weak_parents)
{
    Object *root = my_tree_new(cls, n, weak_parents);
    ck_assert_msg(root != NULL, "my_tree_new returned NULL");
    ck_assert_msg(root->type == &((Class *)cls)->instance_type, "the root "
                  "is not an instance of the class given");
    return root;
}

static Object *children_of(Object *node)
{
    Object *children = instance_getattr(node, "children");
    ck_assert_msg(children != NULL && children->type == &ListType, "a node "
                  "has no list \"children\"");
    return children;
}

/* Node i of the tree, found from the root through the lists (borrowed). */
static Object *node_at(Object *root, size_t i)
{
    if (i == 0)
        return root;
    Object *children = children_of(node_at(root, (i - 1) / 2));
    size_t which = (i - 1) % 2;
    ck_assert_msg(list_size(children) > which, "node %zu is missing from "
                  "its parent's children", i);
    return list_getitem(children, which);
}

/* How many instances of cls are alive: the nodes. */
static size_t nodes_alive(Object *cls)
{
    return ((Class *)cls)->instance_type.account.live_objects;
}

/* my_parent(node) is `expected` (NULL: none).  A macro, so that a failure
 * names the test's line. */
#define ck_assert_parent(node, expected, what)                               \
    do {                                                                     \
        Object *parent_ = my_parent(node);                                   \
        ck_assert_msg(parent_ == (expected), "my_parent of %s is not %s",    \
                      what, #expected);                                      \
        xdecref(parent_);                                                    \
    } while (0)

enum { SHAPED = 6 };

/* Tree of 6: 0 -> 1, 2; 1 -> 3, 4; 2 -> 5. */
static void check_shape(Object *root, bool weak_parents)
{
    static const size_t child_count[SHAPED] = {2, 2, 1, 0, 0, 0};
    char what[32];
    for (size_t i = 0; i < SHAPED; i++) {
        Object *node = node_at(root, i);
        ck_assert_msg(list_size(children_of(node)) == child_count[i], "node "
                      "%zu has %zu children, expected %zu", i,
                      list_size(children_of(node)), child_count[i]);
        snprintf(what, sizeof what, "node %zu", i);
        Object *parent = i ? node_at(root, (i - 1) / 2) : NULL;
        ck_assert_parent(node, parent, what);
        Object *link = instance_getattr(node, "parent");
        ck_assert_msg(i > 0 || link == NULL, "the root has a parent");
        ck_assert_msg(i == 0 || (link != NULL && (weak_parents ? is_weakref(link) : link == parent)),
                      "node %zu: its \"parent\" attribute is not %s", i,
                      weak_parents ? "a weak reference" : "its parent");
    }
}

START_TEST(the_tree_has_its_shape)
{
    Object *cls = class_new("Node", NULL);
    Object *weak = new_tree(cls, SHAPED, true);
    check_shape(weak, true);
    decref(weak);
    Object *strong = new_tree(cls, SHAPED, false);
    check_shape(strong, false);
    decref(strong);
    gc_collect();
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(siblings_share_one_weak_reference)
{
    Object *cls = class_new("Node", NULL);
    Object *root = new_tree(cls, SHAPED, true);
    ck_assert_refcnt(root, 1);
    for (size_t i = 0; i < SHAPED; i++) {
        Object *node = node_at(root, i);
        size_t expected = list_size(children_of(node)) > 0;
        ck_assert_msg(weakref_count(node) == expected, "node %zu has %zu "
                      "weak references, expected %zu: its children share "
                      "one", i, weakref_count(node), expected);
        ck_assert_msg(node->refcnt == 1, "node %zu has a count of %ld, "
                      "expected 1: held by its parent's list alone", i,
                      (long)node->refcnt);
    }
    decref(root);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(weak_parents_leave_nothing_for_the_collector)
{
    enum { N = 15 };
    gc_disable(); /* reference counting alone */
    Object *cls = class_new("Node", NULL);
    Object *root = new_tree(cls, N, true);
    ck_assert_uint_eq(nodes_alive(cls), N);
    decref(root);
    ck_assert_msg(nodes_alive(cls) == 0, "%zu nodes are still alive once "
                  "the root is dropped: weak parents make no cycle",
                  nodes_alive(cls));
    ck_assert_int_eq(gc_collect(), 0);
    gc_enable();
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(strong_parents_leave_two_objects_per_node)
{
    enum { N = 7 };
    gc_disable();
    Object *cls = class_new("Node", NULL);
    Object *root = new_tree(cls, N, false);
    ck_assert_refcnt(root, 1 + 2); /* the caller's, and its two children's */
    decref(root);
    ck_assert_msg(nodes_alive(cls) == N, "%zu nodes alive once the root is "
                  "dropped, expected all %d: they are in cycles",
                  nodes_alive(cls), N);
    ck_assert_int_eq(gc_collect(), 2 * N); /* each node and its list */
    Object *lone = new_tree(cls, 1, false); /* a root alone: no cycle */
    decref(lone);
    ck_assert_uint_eq(nodes_alive(cls), 0);
    ck_assert_int_eq(gc_collect(), 0);
    gc_enable();
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Garbage for the experiment's collection to find besides the tree: a
 * random number of lists that hold themselves, dropped; at least one, so
 * that a figure computed instead of measured is always wrong.  Returns how
 * many. */
enum { GARBAGE_MAX = 5, EXPERIMENT_NODES_MAX = 100 };

static long leave_garbage(void)
{
    long count = random_between(1, GARBAGE_MAX);
    for (long i = 0; i < count; i++) {
        Object *loop = list_new();
        list_append(loop, loop);
        decref(loop);
    }
    return count;
}

/* One experiment on a tree of n nodes, with other garbage about: it must
 * return what its collection found, the garbage and the tree's cycles. */
static void ck_assert_experiment(Object *cls, size_t n, bool weak_parents)
{
    long expected = leave_garbage() + (weak_parents ? 0 : 2 * (long)n);
    long collections = gc_get_stats(GC_OLDEST).collections;
    long found = my_collect_dropped_tree(cls, n, weak_parents);
    ck_assert_msg(gc_get_stats(GC_OLDEST).collections == collections + 1,
                  "the experiment did not run one full collection");
    ck_assert_msg(found == expected, "the experiment on a tree of %zu nodes "
                  "with %s parents returned %ld, but its collection found "
                  "%ld (with the other garbage the test left: measure, do "
                  "not compute; %s)", n, weak_parents ? "weak" : "strong",
                  found, expected, replay());
    ck_assert_uint_eq(nodes_alive(cls), 0);
}

START_TEST(the_experiment_measures_both)
{
    Object *cls = class_new("Node", NULL);
    gc_collect(); /* no automatic collection will take the garbage first */
    size_t n = (size_t)random_between(2, EXPERIMENT_NODES_MAX);
    ck_assert_experiment(cls, n, true);
    ck_assert_experiment(cls, n, false);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_child_outlives_its_weak_parent_but_keeps_its_strong_one)
{
    Object *cls = class_new("Node", NULL);
    Object *weak = new_tree(cls, 3, true);
    Object *leaf = newref(node_at(weak, 1));
    decref(weak); /* the root and node 2 die; the leaf is kept */
    ck_assert_uint_eq(nodes_alive(cls), 1);
    ck_assert_parent(leaf, NULL, "a node whose parent died");
    decref(leaf);
    Object *strong = new_tree(cls, 3, false);
    leaf = newref(node_at(strong, 1));
    decref(strong);
    ck_assert_int_eq(gc_collect(), 0); /* all reached through the leaf */
    Object *root = my_parent(leaf);
    ck_assert_msg(root != NULL && list_size(children_of(root)) == 2, "the "
                  "leaf does not lead to its parent");
    decref(root);
    decref(leaf);
    ck_assert_int_eq(gc_collect(), 2 * 3);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_tree_has_its_shape, 2},
        {siblings_share_one_weak_reference, 2},
        {weak_parents_leave_nothing_for_the_collector, 2},
        {strong_parents_leave_two_objects_per_node, 2},
        {the_experiment_measures_both, 1},
        {a_child_outlives_its_weak_parent_but_keeps_its_strong_one, 1},
    };
    return graded_suite("parent_pointers", graded, GRADED_COUNT(graded),
                        parent_pointers_is_defined);
}
