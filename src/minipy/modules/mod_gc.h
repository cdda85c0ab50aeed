/* mod_gc.h: what chapter 3 adds to the gc module, for the runner's other
 * files.  Chapter 3 (the runner).  CPython: Modules/gcmodule.c (3.11).
 *
 * mod_gc_generations.c adds the functions of generations, the debug flags,
 * gc.garbage and gc.callbacks to the module; mod_gc_callbacks.c calls the
 * functions of gc.callbacks. */
#ifndef MINIPY_MOD_GC_H
#define MINIPY_MOD_GC_H

#include <stdbool.h>

#include "object.h"

/* The gc module's init: chapter 3's functions, constants and lists. */
void gc_generations_init(Object *module);

/* get_objects' argument: a generation, or -1 for all of them (None or -1,
 * as in CPython 3.11).  False with CPython's exception if it is neither. */
bool gc_objects_generation(Object *arg, int *generation);

/* dict[name] = value, for the dicts of figures gc gives a program. */
void gc_set_int_item(Object *dict, const char *name, long value);

/* gc.callbacks (borrowed), or NULL before gc is imported and once the
 * runtime has let go of it (gc_module_release). */
Object *gc_callbacks(void);
/* gc.garbage or gc.callbacks: lists of the runtime's, which a trace leaves
 * out although a program can reach them. */
bool gc_module_list(const Object *op);
/* No code can run any more: gc.callbacks and gc.garbage are emptied, so
 * that the final collection frees what gc.garbage held.  After it,
 * gc_module_release lets go of the two lists. */
void gc_module_end_program(void);
void gc_module_release(void);

/* Give the collector the runner's callback (mod_gc_callbacks.c): around
 * every collection it notes the counts for --trace-gc and calls the
 * functions of gc.callbacks. */
void gc_callbacks_install(void);

#endif
