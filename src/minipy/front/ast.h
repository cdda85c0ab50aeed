/* ast.h: the syntax tree of a program.  Chapter 2 (the runner).
 * CPython: Parser/Python.asdl (ours is one node shape for every kind).
 *
 * The parser builds it, scope.c resolves its names, eval.c walks it.  Every
 * node of a program lives in the program's arena and dies with it; a node's
 * `value` (a literal or a name) is an object of the runtime it owns. */
#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef enum NodeKind {
    /* expressions */
    N_CONST,      /* value: an int, a str, None, True or False */
    N_NAME,       /* value: the name; resolved by scope.c */
    N_ATTR,       /* a.value */
    N_SUBSCRIPT,  /* a[b] */
    N_CALL,       /* a(items...) */
    N_LIST,       /* [items...] */
    N_TUPLE,      /* (items...) */
    N_DICT,       /* {items[i]: body[i], ...} */
    N_LAMBDA,     /* lambda items...: a; scope */
    N_BINOP,      /* a op b */
    N_UNARY,      /* op a: '-', '+' or 'not' */
    N_COMPARE,    /* items[0] ops[0] items[1] ops[1] items[2] ... */
    N_AND,        /* items[0] and items[1] and ... */
    N_OR,
    /* data and text (data) */
    N_SLICE,      /* items[0]:items[1] or items[0]:items[1]:items[2], None where omitted */
    N_SET,        /* {items...} */
    N_LISTCOMP,   /* [a for ...]: items are N_COMP_FOR clauses; scope; value ".0" */
    N_SETCOMP,    /* {a for ...} */
    N_DICTCOMP,   /* {a: b for ...} */
    N_COMP_FOR,   /* a clause: for a in b if body[0] if body[1] ... */
    N_FSTRING,    /* f"...": the items' texts joined (N_CONST and N_FORMATTED) */
    N_FORMATTED,  /* {a!slot:b}: slot is 'r', 's', 'a' or 0; b the spec (N_FSTRING) or NULL */
    /* functions (funcs) */
    N_STARRED,    /* *a: in a call, unpacked into positional arguments */
    N_KEYWORD,    /* value=a in a call; value NULL: **a, unpacked into keywords */
    /* statements */
    N_EXPR,       /* a */
    N_ASSIGN,     /* items[0] = items[1] = ... = a */
    N_AUGASSIGN,  /* a op= b */
    N_DEL,        /* del items... */
    N_PASS,
    N_BREAK,
    N_CONTINUE,
    N_RETURN,     /* return a (a may be NULL) */
    N_GLOBAL,     /* global items... (names) */
    N_IF,         /* if a: body else: orelse */
    N_WHILE,      /* while a: body else: orelse */
    N_FOR,        /* for a in b: body else: orelse */
    N_DEF,        /* def value(items...): body; scope */
    N_CLASS,      /* class value(items...): body; scope (items: the bases) */
    N_IMPORT,     /* import items... ; or from value import items... */
    N_ASSERT,     /* assert a, b */
    N_MODULE,     /* the program: body; scope */
    /* functions (funcs) */
    N_NONLOCAL,   /* nonlocal items... (names) */
    /* exceptions and with (exc) */
    N_TRY,        /* try: body except: items... else: orelse finally: a (an N_FINALLY) */
    N_EXCEPT,     /* except a as b: body (a, b may be NULL) */
    N_FINALLY,    /* finally: body */
    N_RAISE,      /* raise a from b (a, b may be NULL) */
    N_WITH,       /* with a as b: body (b may be NULL) */
    /* unpacking and conditional expressions (issue 17): an N_TUPLE or
     * N_LIST may also be a target, `a, (b, *c) = value`, its items targets
     * and at most one of them an N_STARRED (whose a is the target); a tuple
     * or list display may hold N_STARRED items, unpacked in place. */
    N_IFEXP,      /* items[0] if items[1] else items[2] */
//> 5 generator_nodes
    /* generators (chapter 5): a yield is the value of an N_EXPR or of an
     * N_ASSIGN, never an operand (generator.c runs such statements) */
    N_YIELD,      /* yield a (a may be NULL) */
    N_YIELD_FROM, /* yield from a */
    N_GENEXP,     /* (a for ...): laid out as N_LISTCOMP; body: the loops
                   * as statements, `for ... in .0: if ...: yield a` */
//< 5 generator_nodes
} NodeKind;

//> 5 yield_in_expression
/* The parser's and scope.c's refusal of a yield anywhere else. */
#define YIELD_IN_EXPRESSION "yield inside an expression is outside minipy's subset (a " \
                            "yield is a statement, or the value an assignment stores)"
//< 5 yield_in_expression

/* Operators of N_BINOP, N_AUGASSIGN, N_UNARY and N_COMPARE. */
typedef enum Op {
    OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD,
    OP_NEG, OP_POS, OP_NOT,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_IS, OP_IS_NOT, OP_IN, OP_NOT_IN,
    /* data and text (data): bitwise on ints, union and the rest on sets */
    OP_BITOR, OP_BITXOR, OP_BITAND, OP_LSHIFT, OP_RSHIFT, OP_INVERT,
    OP_POW,
} Op;

typedef struct Node Node;
typedef struct Scope Scope;

typedef struct NodeList {
    Node **items;
    size_t count, capacity;
} NodeList;

/* Where a name lives, once scope.c has resolved it. */
typedef enum NameKind {
    NAME_UNRESOLVED,
    NAME_FAST,     /* a local of a function: a slot of its frame */
    NAME_CELL,     /* a local of a function that an inner function uses: a cell in a slot */
    NAME_FREE,     /* a variable of an enclosing function: a cell in a slot */
    NAME_GLOBAL,   /* declared global, or free and bound nowhere: globals, then builtins */
    NAME_DYNAMIC,  /* module or class body: its namespace, then globals, then builtins */
} NameKind;

struct Node {
    NodeKind kind;
    int line, col;
    int depth;      /* of the subtree, bounded by the parser */
    Op op;
    Op *ops;        /* N_COMPARE: count of items - 1 */
    Object *value;
    Node *a, *b;
    NodeList items, body, orelse;
    Scope *scope;   /* N_DEF, N_LAMBDA, N_CLASS: the scope of the body */
    NameKind name_kind;  /* N_NAME */
    int slot;            /* N_NAME of kind FAST, CELL or FREE */
    /* functions (funcs): an N_DEF's or N_LAMBDA's parameters are its items
     * (N_NAME, a: the default or NULL) in the order of their frame slots,
     * as CPython 3.11's: the positional ones, the keyword-only ones, then
     * *args if `varargs`, then **kwargs if `varkw`.  An N_DEF's decorators
     * are its orelse, outermost first. */
    int nkwonly;
    bool varargs, varkw;
};

/* Every node of a program, allocated in blocks. */
typedef struct Arena Arena;

Arena *arena_new(void);
Node *arena_node(Arena *arena, NodeKind kind, int line, int col);
/* Free every node and release every object the nodes hold. */
void arena_free(Arena *arena);

void node_list_add(NodeList *list, Node *node);

#endif
