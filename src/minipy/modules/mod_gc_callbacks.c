/* mod_gc_callbacks.c: the collector's callback: the functions of
 * gc.callbacks, called before and after every collection.  Chapter 3 (the
 * runner).  CPython: invoke_gc_callback in Modules/gcmodule.c (3.11), and
 * PyErr_WriteUnraisable for a callback that raises.
 *
 * The callback runs Python code from inside an allocation, wherever the
 * program is.  The collector keeps its lists whole around it and starts no
 * collection while it runs; the runner sets any exception being raised
 * aside meanwhile, and reports one raised by a callback itself, as nothing
 * can catch it. */
#include "call.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "interp.h"
#include "list.h"
#include "mod_gc.h"
#include "str.h"

/* The callback's second argument: one dict for all the callbacks of a
 * phase, its keys in CPython's order. */
static Object *info_dict(const GCInfo *info)
{
    Object *dict = dict_new();
    gc_set_int_item(dict, "generation", info->generation);
    gc_set_int_item(dict, "collected", info->collected);
    gc_set_int_item(dict, "uncollectable", info->uncollectable);
    return dict;
}

/* Call each function of the list with (phase, info), in order.  The list's
 * length is read again after each call, as CPython reads it: a callback may
 * add to the list or remove from it. */
static void run_callbacks(Object *list, const char *phase, const GCInfo *info)
{
    Object *details = info_dict(info);
    for (size_t i = 0; i < list_size(list); i++) {
        Object *callback = newref(list_getitem(list, i));
        Object *args[] = {str_new(phase), newref(details)};
        Object *result = call_object(callback, args, sizeof args / sizeof *args);
        if (result == NULL)
            report_unraisable(callback);
        xdecref(result);
        decref(callback);
    }
    decref(details);
}

static void on_collection(const char *phase, const GCInfo *info, void *arg)
{
    (void)arg;
    Object *list = gc_callbacks();
    /* CPython 3.11's shutdown collections call none (_PyGC_CollectNoFail),
     * but the one an enabled collector starts it with (PyGC_Collect). */
    if (list == NULL || list_size(list) == 0 || interp.phase != PHASE_RUNNING)
        return;
    /* An exception may be on its way when an allocation starts the
     * collection: the callbacks run without it, and it goes on after. */
    SavedError *pending = error_fetch();
    incref(list);
    run_callbacks(list, phase, info);
    decref(list);
    error_restore(pending);
}

void gc_callbacks_install(void)
{
    gc_set_callback(on_collection, NULL);
}
