/* interp.h: running a program.  Chapter 2 (the runner).
 * CPython: Python/ceval.c (frames and the evaluation loop) and
 * Python/pylifecycle.c (start-up and shutdown).
 *
 * The evaluator walks the syntax tree.  A frame is a C struct on the C stack,
 * as CPython 3.11's frames live on a stack of their own and become objects
 * only when a program asks for one: a running frame's slots are references
 * from outside the heap, which is why the collector always finds a running
 * function's locals reachable. */
#ifndef MINIPY_INTERP_H
#define MINIPY_INTERP_H

#include <stdbool.h>

#include "ast.h"
#include "scope.h"

/* The deepest nesting of expressions being evaluated at once, over all
 * calls; the runner's thread has a stack big enough for it. */
#define MAX_EVAL_DEPTH 50000
/* The runner's thread's stack: room for MAX_EVAL_DEPTH nested evaluations
 * even in a sanitizer build. */
#define INTERP_STACK_BYTES ((size_t)512 << 20)

typedef struct Frame {
    struct Frame *back;
    Scope *scope;
    Object *globals;   /* borrowed: the module's dict */
    Object *ns;        /* borrowed: where NAME_DYNAMIC names live (globals, or a class body's dict) */
    Object *function;  /* borrowed: the function running, or NULL (a module or class body) */
    Object *frame_object; /* its object, once a traceback has needed one (frameobject.h) */
    Object **slots;    /* scope->nslots references, NULL where unbound */
    Object *retval;    /* set by return */
    int line;          /* of the statement running, for tracebacks */
//> 5 frame_generator
    struct Generator *generator; /* the generator owning this frame, or NULL */
//< 5 frame_generator
} Frame;

/* How far the program has got: interp_fini moves it on, as CPython 3.11's
 * Py_FinalizeEx does (Python/pylifecycle.c). */
typedef enum Phase {
    PHASE_RUNNING,
    /* The program is over and its module is being collected: its
     * finalizers run, but no function of gc.callbacks, and an import
     * fails (CPython's sys.modules is empty by then). */
    PHASE_SHUTTING_DOWN,
    /* Past the shutdown's last collection that a program can see: no
     * Python code runs any more, so the runtime may take apart what code
     * needs (the syntax tree, the built-ins). */
    PHASE_CODE_STOPPED,
} Phase;

typedef struct Interp {
    const char *filename;
    Phase phase;
    char *source;       /* the program, with "\n" line ends */
    Arena *arena;
    Node *module;
    Object *names;      /* interned names */
    Object *builtins;   /* dict */
    Object *modules;    /* dict: the modules imported so far, by name */
    Object *globals;    /* the program's module dict */
    Frame *frame;       /* the innermost running frame */
    int eval_depth;
    long steps_left;    /* statements the program may still run; <0: no limit */
    size_t max_live_bytes; /* the heap a program may fill; 0: no limit */
} Interp;

extern Interp interp;

/* May the runtime still run the program's code on its own (a finalizer, a
 * callback)?  Not once shutdown has stopped code (PHASE_CODE_STOPPED). */
static inline bool code_may_run(void)
{
    return interp.phase != PHASE_CODE_STOPPED;
}

/* Evaluate an expression: a new reference, or NULL with an exception set. */
Object *eval(Frame *f, Node *n);

/* Store value (borrowed) in a name of the frame, of the kind and slot
 * scope.c gave it. */
void store_name(Frame *f, NameKind kind, int slot, Object *name, Object *value);
/* Store value (STOLEN) in an assignment target: a name, an attribute, an
 * item, or a tuple or list of targets, which unpacks it (unpack_store, in
 * unpack.c).  0, or -1 with an exception set. */
int store_target(Frame *f, Node *target, Object *value);
int unpack_store(Frame *f, Node *target, Object *value);
/* Count one step of the program against its limits (a statement, or a
 * round of a comprehension): false with an exception set past them. */
bool take_step(void);
/* The body of a comprehension's frame, whose slot 0 holds the first
 * iterable (comprehension.c). */
Object *run_comprehension(Frame *f, Node *code);

/*< 5 exec_kinds
typedef enum Exec { EXEC_NEXT, EXEC_BREAK, EXEC_CONTINUE, EXEC_RETURN, EXEC_ERROR } Exec;
*/
//> 5 exec_yield
/* EXEC_YIELD: a generator's frame suspended at a yield, its way back
 * down recorded (generator.h). */
typedef enum Exec { EXEC_NEXT, EXEC_BREAK, EXEC_CONTINUE, EXEC_RETURN, EXEC_ERROR,
                    EXEC_YIELD } Exec;
//< 5 exec_yield
Exec exec_block(Frame *f, NodeList *body);
/* Bind the name of an N_NAME node to value (borrowed); unbind it, quietly
 * if it is not bound (an `except ... as` name at the clause's end). */
void bind_name(Frame *f, Node *target, Object *value);
void unbind_name(Frame *f, Node *target);

/* Run a function's or class body's frame: slots filled in, its body run,
 * slots released in order.  Returns the return value (new) or NULL. */
Object *run_frame(Frame *f, Node *code);
/* A frame is done: its object, if it has one, takes its slots over, the
 * caller's frame runs again, and the slots left are released in order. */
void frame_finish(Frame *f);

typedef struct RunOptions {
    long max_steps;         /* stop after this many statements; <0: never */
    size_t max_live_bytes;  /* MemoryError beyond this heap; 0: no limit */
    bool stats;             /* print the account and collections before shutdown */
//> 5 legacy_option
    bool legacy_finalizers; /* collect as CPython 3.3 did (gc_set_legacy_finalizers) */
//< 5 legacy_option
} RunOptions;

/* Load, run and shut down a program, on a thread with room for deep
 * evaluation.  Returns 0, or 1 after printing a syntax error or the
 * traceback of an uncaught exception, or EXIT_MISUSE if shutdown found an
 * object still alive (a leak in the runtime, reported on stderr). */
int interp_execute(const char *filename, const char *source, size_t length,
                   const RunOptions *options);

#endif
