/* generator.h: generators, suspended and resumed.  Chapter 5 (the runner).
 * CPython: Objects/genobject.c, and the generator parts of Python/ceval.c.
 *
 * How a suspended computation is kept.  The evaluator walks the syntax tree
 * recursively: while a function runs, where it is lives on the C stack, one
 * C call per statement nested around the one running.  CPython's compiled
 * frames keep that place in two numbers (the instruction and the stack's
 * depth), so a generator suspends by returning.  Three ways to give a tree
 * walker the same:
 *   - a C stack per generator (ucontext, threads): the walker is unchanged,
 *     but each suspended generator pins a stack of its own (10^5 of them
 *     is gigabytes of address space), and sanitizers and valgrind lose
 *     track of stack switches;
 *   - compiling generator bodies to a resumable form: a second evaluator;
 *   - a re-entrant evaluator, ours.  A generator owns its frame (on the
 *     heap, in the generator object, outliving each call to next()) and a
 *     resume record: the path from the body down to the suspended `yield`,
 *     one ResumePoint per statement on it.  At a yield, each statement of
 *     the path returns EXEC_YIELD after pushing its point, innermost
 *     first; to resume, the body is run again and each statement of the
 *     path pops its point, outermost first, and goes straight to where it
 *     was instead of starting: a block at its statement, an `if` in the
 *     branch it took (the test is not evaluated again), a `for` with its
 *     iterator, a `try` in the clause it was in with the exception it was
 *     handling or the exception or return value its `finally` has to pass
 *     on, a `with` with its __exit__.  A suspended generator costs its
 *     frame's slots and a few points, no C stack.
 *
 * The price: a yield can only stand where the C stack holds nothing but
 * statements, so minipy's yield is a statement: `yield e`, `yield from e`,
 * and those as the value of an assignment (`x = yield e`).  A yield inside
 * an expression (an operand, a call's argument, a lambda) is refused by
 * scope.c, as is `await`.
 *
 * Memory, as CPython 3.11's: the generator is a container whose traverse
 * reaches its frame's locals and everything its resume record holds (a
 * loop's iterator, an exception being handled, a pending return value, an
 * __exit__, a delegate of yield from), and whose clear drops them.  Its
 * finalizer closes it (GeneratorExit at the yield, so its `finally`
 * blocks and `with` exits run), once, whether it dies by reference
 * counting or in a collection (PEP 442); in legacy mode the collector asks
 * gen_needs_legacy_finalizing instead, CPython 3.3's rule. */
#ifndef MINIPY_GENERATOR_H
#define MINIPY_GENERATOR_H

#include <stdbool.h>

#include "error.h"
#include "interp.h"
#include "minipy.h"
#include "ops.h"
#include "gen_view.h"

/* Which block of its statement a point is in. */
enum {
    PART_BODY,      /* an if's taken branch, a loop's, try's or with's body */
    PART_ORELSE,    /* an if's else, a loop's or try's else */
    PART_HANDLER,   /* a try's except clause (index: which) */
    PART_FINALLY,   /* a try's finally */
    PART_DELEGATE,  /* a yield from, suspended in its delegate (object) */
};

/* One statement on the path to the suspended yield. */
typedef struct ResumePoint {
    int part;            /* which of the statement's blocks (TRY_BODY, ...) */
    size_t index;        /* a block's statement; a try's except clause */
    Iter iter;           /* a for loop's iterator (seq NULL if none) */
    Object *object;      /* a with's __exit__, or yield from's delegate */
    SavedError *error;   /* the exception an except clause handles, or a finally's pending one */
    Object *retval;      /* the return value a finally has to pass on */
    Exec pending;        /* how a finally's try ended */
    LegacyBlock block;   /* what CPython 3.3's frame had on its block stack here */
} ResumePoint;

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED } GenState;

typedef struct Generator {
    VarObject ob;        /* ob.size: the frame's slots, stored at the end */
    Frame frame;
    Node *code;          /* the N_DEF or N_GENEXP whose body runs */
    Object *function;    /* the function called, or NULL (a generator expression) */
    Object *name, *qualname;
    GenState state;
    bool resuming;       /* the path is being walked down again */
    ResumePoint *points; /* the resume record, innermost first */
    size_t depth, capacity;
    Object *value;       /* the value yielded, or sent to the yield resumed */
    Object *thrown;      /* the exception throw() raises at the yield resumed */
    struct WeakRef *weaklist;
    Object *slots[];
} Generator;

extern Type GeneratorType;

/* A call of a generator function: the generator, which takes the frame's
 * slots, filled in (STOLEN).  A generator expression is a function of its
 * own (eval.c calls it with the iterator over its first iterable). */
Object *gen_new(Object *function, Node *code, Object *globals, Object **slots);

/* The evaluator's side: is f a generator's frame walking its path again?
 * Then each statement on the path pops its point (the outermost first);
 * at a yield, each pushes one (the innermost first). */
static inline bool resuming(const Frame *f)
{
    return f->generator != NULL && f->generator->resuming;
}
ResumePoint resume_pop(Frame *f);
/* Drop the points left: a generator cleared, or finished before it got
 * back down to its yield. */
void gen_release_points(Generator *g);
ResumePoint *suspend_push(Frame *f, LegacyBlock block);
/* Run `yield`, `yield from`, or an assignment of either's value. */
Exec exec_yield(Frame *f, Node *n);
static inline bool is_yield_statement(const Node *n)
{
    return (n->kind == N_EXPR || n->kind == N_ASSIGN) &&
           (n->a->kind == N_YIELD || n->a->kind == N_YIELD_FROM);
}

/* The protocol.  gen_send's result: the value yielded (new), or NULL with
 * *returned set to the return value (new) if the generator finished, or
 * NULL with an exception set. */
Object *gen_send(Object *gen, Object *arg, Object **returned);
/* The next item for a for loop or a built-in: NULL without an exception
 * at the end (the return value dropped). */
Object *gen_iternext(Object *gen);
/* gen.throw(exc): raised at the yield; as gen_send. */
Object *gen_throw(Object *gen, Object *exc, Object **returned);
/* Raise StopIteration for a generator's return value (STOLEN; NULL: an
 * exception is already set), as next() and send() do: NULL. */
Object *gen_stop_iteration(Object *returned);
/* StopIteration's value: its first argument, or None. */
Object *stop_iteration_value(Object *exc);
/* gen.close(): None, or NULL with an exception set. */
Object *gen_close(Object *gen);
/* gen.gi_frame, gi_running, ...; NULL without an exception if not one. */
Object *gen_attribute(Object *gen, const char *name);
Object *gen_repr(Object *gen);
extern const BuiltinDef gen_methods[];

/* CPython 3.3's PyGen_NeedsFinalizing, for the legacy collector. */
bool gen_needs_legacy_finalizing(Object *gen);

#endif
