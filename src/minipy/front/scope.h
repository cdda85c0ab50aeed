/* scope.h: where each name of a program lives.  Chapter 2 (the runner).
 * CPython: Python/symtable.c, and the frame layout of Python/compile.c.
 *
 * A function's frame holds its variables in numbered slots, laid out as
 * CPython 3.11 lays out "fast locals": the parameters, then the other locals
 * in the order they first appear, then (sorted by name) the locals that inner
 * functions capture, then (sorted) the variables captured from outer
 * functions.  A returning function releases its slots in this order, which a
 * program can see once finalizers print (chapter 5). */
#ifndef MINIPY_SCOPE_H
#define MINIPY_SCOPE_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;

struct Scope {
    ScopeKind kind;
    Scope *parent;
    Scope *next_in_program;   /* every scope, for freeing */
    Node *node;               /* N_MODULE, N_DEF, N_LAMBDA or N_CLASS */
    Object *name;             /* "<module>", "<lambda>" or the def's or class's name */
    Object *qualname;         /* "f", "A.m", "outer.<locals>.inner", as CPython's */
    int nparams;
    int nslots;
    Object **slot_names;      /* borrowed names, by slot */
    bool *slot_is_cell;       /* the slot holds a cell (captured or captured from outside) */
    int first_free;           /* slots [first_free, nslots) come from the closure */
    int *closure_from;        /* for each free slot: the defining frame's slot of its cell */
//> 5 scope_is_generator
    bool is_generator;        /* a function whose body yields: calling it makes a generator */
//< 5 scope_is_generator
    /* the symbol table: every name the scope mentions, in order of first
     * appearance, with a hash index by the name's address (names are
     * interned, so one address is one name) */
    struct Symbol *symbols;
    int nsymbols, capacity;
    int *index;               /* 2 * capacity entries: symbol number, or -1 */
};

typedef struct ScopeError {
    int line, col;
    char message[SYNTAX_MESSAGE_MAX];
} ScopeError;

/* Resolve every name of the program.  Returns false with *error filled in
 * for a misplaced statement ('return' outside a function, a global
 * declaration after a use, ...). */
bool scope_analyze(Node *module, ScopeError *error);
/* Free every scope of the program. */
void scope_free_all(Node *module);

#endif
