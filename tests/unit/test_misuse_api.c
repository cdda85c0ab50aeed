/* Bad arguments to the public functions, in every build: each ends in a
 * named fatal error (exit status 70, a message naming the function and what
 * is wrong with its argument), never in a crash or a silent write out of
 * bounds (chapter 1, and each later chapter's functions).  A misuse runs
 * in a child process (assert_misuse); what it makes there is never freed. */
#include <stdint.h>

#include "harness.h"

/* A variable-size type whose items are wide: a count near SIZE_MAX / 16
 * makes the size wrap around to a few bytes. */
static Type WideType = {
    .name = "wide",
    .basic_size = sizeof(VarObject),
    .item_size = 16,
};

/* What a misuse makes, kept reachable: the leak checker runs as the child
 * exits, and would report what the misuse stopped before releasing.  Each
 * misuse runs in a child of its own, and keeps at most KEPT_MAX. */
#define KEPT_MAX 3
static Object *kept_objects[KEPT_MAX];
static size_t kept_count;

static Object *kept(Object *op)
{
    ck_assert_uint_lt(kept_count, KEPT_MAX);
    kept_objects[kept_count++] = op;
    return op;
}

static void incref_null(void) { incref(NULL); }
static void decref_null(void) { decref(NULL); }
static void newref_null(void) { newref(NULL); }
static void type_name_null(void) { type_name(NULL); }
static void object_new_null_type(void) { object_new(NULL, 0); }
static void object_new_wrapping_str(void) { object_new(&StrType, SIZE_MAX); }
static void object_new_wrapping_items(void) { object_new(&WideType, SIZE_MAX / 16 + 2); }
static void str_new_null(void) { str_new(NULL); }
static void str_from_null_bytes(void) { str_from_bytes(NULL, 3); }
static void str_chars_null(void) { str_chars(NULL); }
static void str_length_of_int(void) { str_length(kept(int_new(1))); }
static void int_value_null(void) { int_value(NULL); }
static void list_append_to_null(void) { list_append(NULL, kept(int_new(1))); }
static void list_append_null(void) { list_append(kept(list_new()), NULL); }
static void list_getitem_null(void) { list_getitem(NULL, 0); }

static void list_setitem_null(void)
{
    Object *l = kept(list_new());
    list_append(l, l);
    list_setitem(l, 0, NULL);
}

static void dict_getitem_null(void) { dict_getitem(NULL, kept(int_new(1))); }
static void dict_setitem_null_key(void) { dict_setitem(kept(dict_new()), NULL, kept(int_new(1))); }
static void dict_setitem_null_value(void) { dict_setitem(kept(dict_new()), kept(int_new(1)), NULL); }

static void dict_next_null_pos(void)
{
    Object *key, *value;
    dict_next(kept(dict_new()), NULL, &key, &value);
}

static void table_get_null(void) { table_get(NULL, kept(int_new(1))); }
static void key_hash_null(void) { key_hash(NULL); }
static void class_new_null_name(void) { class_new(NULL, NULL); }
static void class_setattr_null(void) { class_setattr(kept(class_new("C", NULL)), "x", NULL); }
static void instance_new_null(void) { instance_new(NULL); }
static void instance_getattr_null_name(void) { instance_getattr(kept(instance_new(class_new("C", NULL))), NULL); }
static void instance_setattr_null(void) { instance_setattr(kept(instance_new(class_new("C", NULL))), "x", NULL); }
static void instance_type_init_null(void) { instance_type_init(NULL, "C", NULL); }
static void account_report_null(void) { account_report(NULL); }
static void dump_objects_null(void) { dump_objects(NULL, NULL, 0); }
static void dump_picture_null_holders(void)
{
    dump_picture(stderr, &(Picture){.nholders = 1});
}
static void dump_holder_of_an_object_not_drawn(void)
{
    DumpHolder holder = {"variable x", kept(list_new())};
    dump_picture(stderr, &(Picture){.holders = &holder, .nholders = 1});
}
//> 2 misuse_gc
static void gc_track_null(void) { gc_track(NULL); }
static void gc_untrack_null(void) { gc_untrack(NULL); }
static void gc_is_tracked_null(void) { gc_is_tracked(NULL); }
static void gc_get_referents_null(void) { gc_get_referents(NULL); }
static void gc_get_referrers_null(void) { gc_get_referrers(NULL); }
static void gc_phase_name_out_of_range(void) { gc_phase_name((GCPhase)42); }

/* A container type that forgot its traverse: a collection would call it. */
static Type NoTraverseType = {
    .name = "no_traverse",
    .basic_size = sizeof(Object),
    .flags = TYPE_GC,
};

static void track_a_container_without_traverse(void)
{
    gc_track(object_new(&NoTraverseType, 0));
}
//< 2 misuse_gc
//> 3 misuse_generations
static void gc_get_threshold_5(void) { gc_get_threshold(5); }
static void gc_set_threshold_minus_1(void) { gc_set_threshold(-1, 100); }
static void gc_set_threshold_3(void) { gc_set_threshold(NUM_GENERATIONS, 777); }
static void gc_get_count_3(void) { gc_get_count(NUM_GENERATIONS); }
static void gc_get_stats_99(void) { gc_get_stats(99); }
static void promote_7(void) { promote(7); }
//< 3 misuse_generations
//> 4 misuse_weakrefs
static void weakref_new_null(void) { weakref_new(NULL, NULL); }

static void weakref_new_int_callback(void)
{
    weakref_new(kept(class_new("C", NULL)), kept(int_new(1)));
}

static void keyedref_new_null_key(void) { keyedref_new(kept(class_new("C", NULL)), NULL, NULL); }
static void callback_new_null(void) { callback_new(NULL, NULL); }
static void weakref_get_null(void) { weakref_get(NULL); }
static void weakref_get_of_list(void) { weakref_get(kept(list_new())); }
static void weakdict_setitem_null(void) { weakdict_setitem(kept(weakvaluedict_new()), kept(int_new(1)), NULL); }
//< 4 misuse_weakrefs
//> 5 misuse_finalizers
static void finalize_new_int_func(void)
{
    finalize_new(kept(class_new("C", NULL)), kept(int_new(1)), kept(int_new(2)));
}

static void finalize_new_null(void) { finalize_new(NULL, NULL, NULL); }
static void mark_finalized_int(void) { mark_finalized(kept(int_new(1))); }
static void call_finalizer_of_list(void) { call_finalizer(kept(list_new())); }
static void gc_is_finalized_null(void) { gc_is_finalized(NULL); }
//< 5 misuse_finalizers

typedef struct Misuse {
    void (*call)(void);
    const char *message;
} Misuse;

static const Misuse misuses[] = {
    {incref_null, "fatal: incref: op is NULL"},
    {decref_null, "fatal: decref: op is NULL"},
    {newref_null, "fatal: newref: op is NULL"},
    {type_name_null, "fatal: type_name: op is NULL"},
    {object_new_null_type, "fatal: object_new: type is NULL"},
    {object_new_wrapping_str, "fatal: object_new: too many items for a str"},
    {object_new_wrapping_items, "fatal: object_new: too many items for a wide"},
    {str_new_null, "fatal: str_new: chars is NULL"},
    {str_from_null_bytes, "fatal: str_from_bytes: bytes is NULL"},
    {str_chars_null, "fatal: str_chars: expected a str: NULL"},
    {str_length_of_int, "fatal: str_length: expected a str: int object at"},
    {int_value_null, "fatal: int_value: expected an int: NULL"},
    {list_append_to_null, "fatal: list_append: expected a list: NULL"},
    {list_append_null, "fatal: list_append: item is NULL"},
    {list_getitem_null, "fatal: list_getitem: expected a list: NULL"},
    {list_setitem_null, "fatal: list_setitem: item is NULL"},
    {dict_getitem_null, "fatal: dict_getitem: expected a dict: NULL"},
    {dict_setitem_null_key, "fatal: table_set: key is NULL"},
    {dict_setitem_null_value, "fatal: table_set: value is NULL"},
    {dict_next_null_pos, "fatal: table_next: pos is NULL"},
    {table_get_null, "fatal: table_get: t is NULL"},
    {key_hash_null, "fatal: key_hash: key is NULL"},
    {class_new_null_name, "fatal: class_new: name is NULL"},
    {class_setattr_null, "fatal: class_setattr: value is NULL"},
    {instance_new_null, "fatal: instance_new: expected a class: NULL"},
    {instance_getattr_null_name, "fatal: class_name_key: name is NULL"},
    {instance_setattr_null, "fatal: instance_setattr: value is NULL"},
    {instance_type_init_null, "fatal: instance_type_init: type is NULL"},
    {account_report_null, "fatal: account_report: out is NULL"},
    {dump_objects_null, "fatal: dump_picture: out is NULL"},
    {dump_picture_null_holders, "fatal: dump_picture: holders is NULL"},
    {dump_holder_of_an_object_not_drawn,
     "fatal: dump_picture: holder 'variable x' holds an object not drawn"},
//> 2 misuses_gc
    {gc_track_null, "fatal: gc_track: op is NULL"},
    {gc_untrack_null, "fatal: gc_untrack: op is NULL"},
    {gc_is_tracked_null, "fatal: gc_is_tracked: op is NULL"},
    {gc_get_referents_null, "fatal: gc_get_referents: op is NULL"},
    {gc_get_referrers_null, "fatal: gc_get_referrers: op is NULL"},
    {gc_phase_name_out_of_range, "fatal: gc_phase_name: phase 42 does not exist"},
    {track_a_container_without_traverse,
     "fatal: gc_track: a container type without traverse: no_traverse object at"},
//< 2 misuses_gc
//> 3 misuses_generations
    {gc_get_threshold_5, "fatal: gc_get_threshold: generation 5 does not exist (0 to 2)"},
    {gc_set_threshold_minus_1, "fatal: gc_set_threshold: generation -1 does not exist"},
    {gc_set_threshold_3, "fatal: gc_set_threshold: generation 3 does not exist"},
    {gc_get_count_3, "fatal: gc_get_count: generation 3 does not exist"},
    {gc_get_stats_99, "fatal: gc_get_stats: generation 99 does not exist"},
    {promote_7, "fatal: promote: generation 7 does not exist"},
//< 3 misuses_generations
//> 4 misuses_weakrefs
    {weakref_new_null, "fatal: weakref_new: referent is NULL"},
    {weakref_new_int_callback,
     "fatal: weakref_new: expected a callback (no call hook is set): int object at"},
    {keyedref_new_null_key, "fatal: keyedref_new: key is NULL"},
    {callback_new_null, "fatal: callback_new: fn is NULL"},
    {weakref_get_null, "fatal: weakref_get: expected a weak reference: NULL"},
    {weakref_get_of_list, "fatal: weakref_get: expected a weak reference: list object at"},
    {weakdict_setitem_null, "fatal: weakdict_setitem: value is NULL"},
//< 4 misuses_weakrefs
//> 5 misuses_finalizers
    {finalize_new_int_func,
     "fatal: finalize_new: expected a callback (no call hook is set): int object at"},
    {finalize_new_null, "fatal: finalize_new: obj is NULL"},
    {mark_finalized_int, "fatal: mark_finalized: not a container"},
    {call_finalizer_of_list, "fatal: call_finalizer: no finalizer: list object at"},
    {gc_is_finalized_null, "fatal: gc_is_finalized: op is NULL"},
//< 5 misuses_finalizers
};

#define MISUSES ((int)(sizeof misuses / sizeof *misuses))

START_TEST(each_misuse_ends_in_a_named_fatal_error)
{
    assert_misuse(misuses[_i].call, misuses[_i].message);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("misuse_api");
    TCase *tc = tcase_create("misuse_api");
    tcase_add_loop_test(tc, each_misuse_ends_in_a_named_fatal_error, 0, MISUSES);
    suite_add_tcase(s, tc);
    return s;
}
