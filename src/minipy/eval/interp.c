/* interp.c: loading, running and shutting down a program.  Chapter 2 (the
 * runner).  CPython: Python/pythonrun.c and Python/pylifecycle.c. */
#define _POSIX_C_SOURCE 200809L /* pthread_attr_setstacksize */

#include "interp.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
#include "gc.h"
#include "minipy.h"
//> 3 include_mod_gc
#include "mod_gc.h"
//< 3 include_mod_gc
#include "modules.h"
#include "parser.h"
#include "str.h"
#include "trace.h"

Interp interp = {.steps_left = -1};

/* CPython reports indentation mistakes as IndentationError. */
static const char *syntax_error_type(const char *message)
{
    static const char *const indentation[] = {
        "unexpected indent", "expected an indented block", "unindent does not match",
        "too many levels of indentation",
    };
    for (size_t i = 0; i < sizeof indentation / sizeof *indentation; i++)
        if (strncmp(message, indentation[i], strlen(indentation[i])) == 0)
            return "IndentationError";
    return "SyntaxError";
}

static int syntax_error(int line, int col, const char *message)
{
    fflush(stdout);
    fprintf(stderr, "%s:%d:%d: %s: %s\n", interp.filename, line, col,
            syntax_error_type(message), message);
    return 1;
}

static void set_global(const char *name, Object *value)
{
    Object *key = str_new(name);
    dict_setitem(interp.globals, key, value);
    decref(key);
}

/* A copy of the source with every line ending a "\n", as Python reads a
 * program (universal newlines: "\r\n" and "\r" too). */
static char *normalize_newlines(const char *source, size_t *length)
{
    char *text = malloc(*length + 1);
    if (text == NULL)
        fatal_out_of_memory("reading the program");
    size_t n = 0;
    for (size_t i = 0; i < *length; i++) {
        if (source[i] == '\r' && i + 1 < *length && source[i + 1] == '\n')
            continue;
        text[n++] = source[i] == '\r' ? '\n' : source[i];
    }
    text[n] = '\0';
    *length = n;
    return text;
}

/* The length of the valid UTF-8 sequence at p (at most `left` bytes), or 0. */
static size_t utf8_sequence(const unsigned char *p, size_t left)
{
    size_t n = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
             : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || n > left || (n == 2 && p[0] < 0xC2))
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Python reads a program as UTF-8 text with no NUL byte; the first place it
 * is not, or NULL. */
static const char *invalid_text(const char *source, size_t length, const char **message)
{
    const unsigned char *p = (const unsigned char *)source;
    for (size_t i = 0; i < length;) {
        size_t n = p[i] == '\0' ? 0 : utf8_sequence(p + i, length - i);
        if (n == 0) {
            *message = p[i] == '\0' ? "source code cannot contain null bytes"
                                    : "the program is not valid UTF-8 text";
            return source + i;
        }
        i += n;
    }
    return NULL;
}

/* The line and column of `at` in source. */
static void position_of(const char *source, const char *at, int *line, int *col)
{
    *line = 1;
    const char *line_start = source;
    for (const char *p = source; p < at; p++)
        if (*p == '\n') {
            (*line)++;
            line_start = p + 1;
        }
    *col = (int)(at - line_start) + 1;
}

static int interp_load(const char *filename, const char *source, size_t length)
{
//> 3 install_callback
    gc_callbacks_install();
//< 3 install_callback
    interp.filename = filename;
    interp.source = normalize_newlines(source, &length);
    source = interp.source;
    interp.arena = arena_new();
    interp.names = dict_new();
    interp.builtins = builtins_new();
    interp.modules = dict_new();
    interp.globals = dict_new();
    Object *main_name = str_new("__main__");
    set_global("__name__", main_name);
    decref(main_name);
    const char *message, *bad = invalid_text(source, length, &message);
    if (bad != NULL) {
        int line, col;
        position_of(source, bad, &line, &col);
        return syntax_error(line, col, message);
    }
    SyntaxError error;
    interp.module = parse_program(interp.arena, source, length, interp.names, &error);
    if (interp.module == NULL)
        return syntax_error(error.line, error.col, error.message);
    ScopeError scope_error;
    if (!scope_analyze(interp.module, &scope_error))
        return syntax_error(scope_error.line, scope_error.col, scope_error.message);
    return 0;
}

static int interp_run(void)
{
    Frame frame = {.scope = interp.module->scope, .globals = interp.globals,
                   .ns = interp.globals, .slots = NULL};
    Object *result = run_frame(&frame, interp.module);
    if (result != NULL) {
        decref(result);
        return 0;
    }
    fflush(stdout);
    error_print(stderr, interp.filename, interp.source);
    return 1;
}

/*< 5 release_globals
/\* Release the program's globals, first set first; what they held that is
 * not freed at once is left to a collection. *\/
static void release_globals(void)
{
    if (interp.globals == NULL)
        return;
    size_t count = dict_size(interp.globals), pos = 0, n = 0;
    Object **keys = calloc(count + 1, sizeof *keys);
    if (keys == NULL)
        fatal_out_of_memory("shutting down");
    Object *key, *value;
    while (dict_next(interp.globals, &pos, &key, &value))
        keys[n++] = newref(key);
    for (size_t i = 0; i < n; i++) {
        dict_delitem(interp.globals, keys[i]);
        decref(keys[i]);
    }
    free(keys);
}
*/

static void clear(Object **place)
{
    Object *op = *place;
    *place = NULL;
    xdecref(op);
}

//> 3 end_gc_settings
/* What a program set up for the collector ends once no code can run:
 * gc.callbacks and gc.garbage are emptied, the debug flags go, DEBUG_SAVEALL
 * among them, and frozen objects are collected again, so that what they
 * kept is freed.  CPython 3.11 keeps them all through its shutdown's
 * collections, as the runner does, and leaves what they kept to the
 * process's exit; the runner counts every object back. */
static void end_gc_settings(void)
{
    gc_module_end_program();
    gc_set_debug(0);
    gc_unfreeze();
//> 5 end_legacy
    /* What legacy mode left uncollectable is freed now, unfinalized, as
     * Python 3.3 left it to the process's exit. */
    gc_set_legacy_finalizers(false);
//< 5 end_legacy
}

/* The collector as the next program will find it; gc.callbacks and
 * gc.garbage, empty since the program ended, are freed. */
static void reset_gc(void)
{
    gc_module_release();
    gc_release_garbage();
    gc_set_callback(NULL, NULL);
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD);
    for (int i = 1; i < NUM_GENERATIONS; i++)
        gc_set_threshold(i, GC_DEFAULT_OLDER_THRESHOLD);
}
//< 3 end_gc_settings

/* The program's objects go, with its finalizers and callbacks able to run
 * and print, as in CPython 3.11's Py_FinalizeEx up to the first collection
 * of finalize_modules, where the program's module goes. */
static void collect_program(void)
{
//> 5 finalize_at_exit
    /* CPython's atexit functions, weakref's among them, run first, with the
     * program's world intact. */
    finalize_run_at_exit();
//< 5 finalize_at_exit
//> 5 collect_at_exit
    /* Then, if the collector is on, a collection as gc.collect() makes,
     * gc.callbacks, debug flags and all (PyGC_Collect): garbage the
     * program left is finalized before its globals' objects are. */
    if (gc_isenabled())
        gc_collect();
//< 5 collect_at_exit
    interp.phase = PHASE_SHUTTING_DOWN;
/*< 5 release_globals_call
    /\* As CPython's shutdown: the program's names go, then a collection
     * frees the cycles they kept. *\/
    release_globals();
    clear(&interp.globals);
    gc_collect();
*/
//> 5 release_globals_call
    /* As CPython's shutdown: the program's module dict goes whole, so that
     * the collection that frees it (a class's functions hold it in a
     * cycle) runs every finalizer with all the globals still there, in
     * the collector's order, as CPython 3.11's (_PyGC_CollectNoFail, which
     * runs even with the collector off). */
    clear(&interp.globals);
    gc_collect();
//< 5 release_globals_call
}

/* After the collection of the program's module, CPython 3.11 clears every
 * module's globals, sys's and the built-ins', and collects twice more:
 * code that runs then, a finalizer of an object made by a finalizer, say,
 * finds print() failing ("lost sys.stdout") and its error unreported, as
 * sys.stderr is gone too.  Nothing it does can be seen, so the runner runs
 * none: from here what is left is freed without running code, and only
 * then is the code itself (the syntax tree) freed. */
static void free_runtime_state(void)
{
    interp.phase = PHASE_CODE_STOPPED;
//> 3 end_gc_settings_call
    end_gc_settings();
//< 3 end_gc_settings_call
//> 5 forget_finalize_objects
    finalize_forget_all();
//< 5 forget_finalize_objects
    clear(&interp.modules);
    clear(&interp.builtins);
    gc_collect();
    if (interp.module != NULL)
        scope_free_all(interp.module);
    if (interp.arena != NULL)
        arena_free(interp.arena);
    interp.arena = NULL;
    interp.module = NULL;
    clear(&interp.names);
    free(interp.source);
    interp.source = NULL;
    gc_enable(); /* as a program may have left it, for the next program */
//> 3 reset_gc_call
    reset_gc();
//< 3 reset_gc_call
    interp.frame = NULL;
}

/* Everything the program made has been freed, whatever it did; an object
 * still alive is a reference the runtime failed to release. */
static int check_nothing_left(void)
{
    Account left = account_total();
    if (left.live_objects == 0)
        return 0;
    fflush(stdout);
    fprintf(stderr, "minipy: %zu objects still alive after shutdown (a leak in the runtime):\n",
            left.live_objects);
    account_report(stderr);
    return EXIT_MISUSE;
}

static int interp_fini(void)
{
    collect_program();
//> 7 tracemalloc_fini
    /* As CPython's _PyTraceMalloc_Fini: tracing ends with the program. */
    tracemalloc_fini();
//< 7 tracemalloc_fini
    free_runtime_state();
    return check_nothing_left();
}

typedef struct Execution {
    const char *filename;
    const char *source;
    size_t length;
    const RunOptions *options;
    int status;
} Execution;

static void *execute(void *arg)
{
    Execution *e = arg;
    interp.phase = PHASE_RUNNING;
    interp.steps_left = e->options->max_steps;
    interp.max_live_bytes = e->options->max_live_bytes;
    e->status = interp_load(e->filename, e->source, e->length);
//> 5 legacy_option
    gc_set_legacy_finalizers(e->options->legacy_finalizers);
//< 5 legacy_option
    if (e->status == 0)
        e->status = interp_run();
    fflush(stdout);
    if (e->options->stats)
        trace_report_stats(stderr);
    int leaked = interp_fini();
    if (leaked)
        e->status = leaked;
    return NULL;
}

int interp_execute(const char *filename, const char *source, size_t length,
                   const RunOptions *options)
{
    Execution e = {filename, source, length, options, 0};
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, INTERP_STACK_BYTES);
    if (pthread_create(&thread, &attr, execute, &e) != 0) {
        fprintf(stderr, "minipy: cannot start the interpreter's thread\n");
        return EXIT_MISUSE;
    }
    pthread_join(thread, NULL);
    pthread_attr_destroy(&attr);
    return e.status;
}
