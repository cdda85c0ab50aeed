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
    tcase_add_test(tc, misuse_of_classes_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
