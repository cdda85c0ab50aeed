/* Classes and their instances (chapter 1). */
#include "harness.h"

START_TEST(an_instance_holds_a_reference_to_its_class)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    ck_assert_int_eq(cls->refcnt, 2);
    ck_assert_ptr_eq(instance_class(node), cls);
    ck_assert_str_eq(type_name(node), "Node");
    ck_assert_str_eq(type_name(cls), "type");
    ck_assert(is_instance(node));
    ck_assert(!is_instance(cls));
    decref(cls);
    /* The instance keeps the class alive. */
    ck_assert_uint_eq(account_total().live_objects, 3); /* and its name */
    decref(node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(attributes_are_named_references)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Object *value = int_new(1);
    instance_setattr(node, "value", value);
    ck_assert_int_eq(value->refcnt, 2);
    ck_assert_ptr_eq(instance_getattr(node, "value"), value);
    ck_assert_ptr_null(instance_getattr(node, "next"));
    ck_assert(instance_delattr(node, "value"));
    ck_assert(!instance_delattr(node, "value"));
    ck_assert_int_eq(value->refcnt, 1);
    decref(value);
    decref(node);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(class_attributes_live_in_the_class)
{
    Object *cls = class_new("Config", NULL);
    Object *limit = int_new(700);
    class_setattr(cls, "limit", limit);
    ck_assert_ptr_eq(class_getattr(cls, "limit"), limit);
    ck_assert_ptr_null(class_getattr(cls, "other"));
    Referents r = referents_of(cls);
    ck_assert_uint_eq(r.count, 1);
    ck_assert_ptr_eq(r.items[0], limit);
    ClassType.clear(cls);
    ck_assert_ptr_null(class_getattr(cls, "limit"));
    decref(limit);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_class_attribute_can_be_deleted)
{
    Object *cls = class_new("Config", NULL);
    Object *limit = int_new(700);
    class_setattr(cls, "limit", limit);
    ck_assert(class_delattr(cls, "limit"));
    ck_assert_ptr_null(class_getattr(cls, "limit"));
    ck_assert_int_eq(limit->refcnt, 1);
    ck_assert(!class_delattr(cls, "limit"));
    ck_assert(!class_delattr(cls, "never_set"));
    decref(limit);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(traverse_visits_the_attributes_then_the_class)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Object *next = list_new();
    instance_setattr(node, "next", next);
    Referents r = referents_of(node);
    ck_assert_uint_eq(r.count, 2);
    ck_assert_ptr_eq(r.items[0], next);
    ck_assert_ptr_eq(r.items[1], cls);
    decref(next);
    decref(node);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_drops_the_attributes_but_keeps_the_class)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Object *next = list_new();
    instance_setattr(node, "next", next);
    node->type->clear(node);
    ck_assert_ptr_null(instance_getattr(node, "next"));
    ck_assert_int_eq(next->refcnt, 1);
    ck_assert_ptr_eq(instance_class(node), cls);
    decref(next);
    decref(node);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static void finalize_nothing(Object *self)
{
    (void)self;
}

START_TEST(a_class_gives_its_instances_a_type_of_their_own)
{
    Object *cls = class_new("Resource", finalize_nothing);
    Object *r = instance_new(cls);
    ck_assert(r->type->finalize == finalize_nothing);
    ck_assert_uint_eq(r->type->flags & (TYPE_GC | TYPE_WEAKREFABLE | TYPE_HEAP),
                      TYPE_GC | TYPE_WEAKREFABLE | TYPE_HEAP);
    ck_assert_uint_ne(ClassType.flags & TYPE_WEAKREFABLE, 0);
    ck_assert_uint_eq(ListType.flags & TYPE_WEAKREFABLE, 0);
    decref(r);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static void instance_of_a_list(void)
{
    instance_new(list_new());
}

static void attribute_of_a_str(void)
{
    instance_getattr(str_new("s"), "x");
}

static void class_attribute_of_an_int(void)
{
    class_getattr(int_new(1), "x");
}

/* A value that records the order in which values are released. */
typedef struct Marker {
    Object ob;
    char name;
} Marker;

#define RELEASED_MAX 8
static char released[RELEASED_MAX + 1];
static size_t released_count;

static void marker_dealloc(Object *self)
{
    if (released_count < RELEASED_MAX)
        released[released_count++] = ((Marker *)self)->name;
}

static Type MarkerType = {
    .name = "marker",
    .basic_size = sizeof(Marker),
    .dealloc = marker_dealloc,
};

/* Set inst's attribute of the one-letter name `name` to a new marker. */
static void set_marker(Object *inst, char name)
{
    Object *marker = object_new(&MarkerType, 0);
    ((Marker *)marker)->name = name;
    instance_setattr(inst, (char[]){name, '\0'}, marker);
    decref(marker);
}

static const char *released_by(Object *inst)
{
    released_count = 0;
    decref(inst);
    released[released_count] = '\0';
    return released;
}

/* SHARED_KEYS_MAX_SIZE new instances of cls, in a new list: each uses up
 * one usable shared key, down to the floor of one. */
static Object *use_up_instances(Object *cls)
{
    Object *kept = list_new();
    for (int i = 0; i < SHARED_KEYS_MAX_SIZE; i++) {
        Object *inst = instance_new(cls);
        list_append(kept, inst);
        decref(inst);
    }
    return kept;
}

/* CPython 3.11 releases an instance's values in its class's shared-key
 * order: python3 prints the order of tests/python/release_order_attributes.py. */
START_TEST(an_instance_releases_its_attributes_in_the_order_its_class_first_saw_them)
{
    Object *cls = class_new("Obj", NULL);
    Object *a = instance_new(cls), *b = instance_new(cls);
    set_marker(a, 'x');
    set_marker(a, 'y');
    set_marker(a, 'z');
    set_marker(b, 'z');
    set_marker(b, 'y');
    set_marker(b, 'w');
    set_marker(b, 'x');
    ck_assert_str_eq(released_by(b), "xyzw");
    ck_assert_str_eq(released_by(a), "xyz");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* SHARED_KEYS_MAX_SIZE usable keys: each new instance uses one up, down to
 * one, which `b` takes; `a` is new after that, so its attributes are its
 * own, released in the order it set them. */
START_TEST(past_the_usable_shared_keys_an_instance_releases_in_its_own_order)
{
    Object *cls = class_new("Crowded", NULL);
    Object *kept = use_up_instances(cls);
    set_marker(list_getitem(kept, 0), 'b');
    Object *a = instance_new(cls);
    set_marker(a, 'a');
    set_marker(a, 'b');
    ck_assert_str_eq(released_by(a), "ab");
    decref(kept);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Instances keep their values inside them (instance.h): each new instance
 * has room for the keys its class shares and those it can still share, a
 * sum that never grows, so a key shared after an instance was made has a
 * slot in it too.  The first instance of a fresh class has room for all
 * but the one it used up. */
START_TEST(an_instance_has_room_for_every_key_its_class_shares_later)
{
    Object *cls = class_new("Roomy", NULL);
    Object *first = instance_new(cls);
    ck_assert_uint_eq(((Instance *)first)->ob.size, SHARED_KEYS_MAX_SIZE - 1);
    Object *kept = use_up_instances(cls);
    /* One usable key is left, and every instance has a slot for it. */
    Object *late = list_getitem(kept, SHARED_KEYS_MAX_SIZE - 1);
    ck_assert_uint_eq(((Instance *)late)->ob.size, 1);
    ck_assert_uint_eq(object_size(first) - object_size(late),
                      (SHARED_KEYS_MAX_SIZE - 2) * sizeof(Object *));
    set_marker(late, 'k');
    set_marker(first, 'k');
    ck_assert_ptr_null(((Instance *)late)->dict);
    ck_assert_ptr_null(((Instance *)first)->dict);
    ck_assert_ptr_nonnull(((Instance *)first)->values[0]);
    ck_assert_ptr_eq(instance_getattr(first, "k"), ((Instance *)first)->values[0]);
    decref(kept);
    ck_assert_str_eq(released_by(first), "k");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A name the class cannot share: the instance's values move to a dict of
 * its own, in the shared keys' order, and the new name goes after them;
 * every attribute still reads, deletes and releases from there. */
START_TEST(an_unshared_name_moves_the_values_to_a_dict_of_its_own)
{
    Object *cls = class_new("Crowded", NULL);
    Object *kept = use_up_instances(cls);
    Object *a = list_getitem(kept, 0);
    set_marker(a, 'b'); /* the last usable key */
    set_marker(a, 'c');
    ck_assert_ptr_nonnull(((Instance *)a)->dict);
    for (size_t i = 0; i < ((Instance *)a)->ob.size; i++)
        ck_assert_ptr_null(((Instance *)a)->values[i]);
    ck_assert_ptr_nonnull(instance_getattr(a, "b"));
    ck_assert_ptr_nonnull(instance_getattr(a, "c"));
    set_marker(a, 'd');
    released_count = 0;
    ck_assert(instance_delattr(a, "c"));
    ck_assert(!instance_delattr(a, "c"));
    ck_assert_uint_eq(released_count, 1);
    Object *a_alone = newref(a);
    decref(kept);
    ck_assert_str_eq(released_by(a_alone), "bd");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Hostile: releasing a value sets an attribute on the instance being
 * cleared.  clear detaches every value first, so the release finds none,
 * and the new attribute is kept and released with the instance. */
static Object *reentered;
static void setter_dealloc(Object *self)
{
    (void)self;
    if (reentered)
        set_marker(reentered, 'n');
}

static Type SetterType = {
    .name = "setter",
    .basic_size = sizeof(Object),
    .dealloc = setter_dealloc,
};

START_TEST(a_release_during_clear_may_set_an_attribute_again)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Object *setter = object_new(&SetterType, 0);
    instance_setattr(node, "s", setter);
    decref(setter);
    set_marker(node, 'm');
    reentered = node;
    released_count = 0;
    node->type->clear(node);
    reentered = NULL;
    ck_assert_ptr_null(instance_getattr(node, "s"));
    ck_assert_ptr_null(instance_getattr(node, "m"));
    ck_assert_ptr_nonnull(instance_getattr(node, "n"));
    ck_assert_str_eq(released_by(node), "n");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(misuse_of_classes_is_a_clear_error)
{
    assert_misuse(instance_of_a_list, "instance_new: expected a class: list object");
    assert_misuse(attribute_of_a_str, "expected an instance: str object");
    assert_misuse(class_attribute_of_an_int, "expected a class: int object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("class");
    TCase *tc = tcase_create("class");
    tcase_add_test(tc, an_instance_holds_a_reference_to_its_class);
    tcase_add_test(tc, attributes_are_named_references);
    tcase_add_test(tc, class_attributes_live_in_the_class);
    tcase_add_test(tc, a_class_attribute_can_be_deleted);
    tcase_add_test(tc, traverse_visits_the_attributes_then_the_class);
    tcase_add_test(tc, clear_drops_the_attributes_but_keeps_the_class);
    tcase_add_test(tc, a_class_gives_its_instances_a_type_of_their_own);
    tcase_add_test(tc, an_instance_releases_its_attributes_in_the_order_its_class_first_saw_them);
    tcase_add_test(tc, past_the_usable_shared_keys_an_instance_releases_in_its_own_order);
    tcase_add_test(tc, an_instance_has_room_for_every_key_its_class_shares_later);
    tcase_add_test(tc, an_unshared_name_moves_the_values_to_a_dict_of_its_own);
    tcase_add_test(tc, a_release_during_clear_may_set_an_attribute_again);
    tcase_add_test(tc, misuse_of_classes_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
