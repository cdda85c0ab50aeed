/* parser.h: tokens to a syntax tree, by recursive descent.  Chapter 2 (the
 * runner).  CPython: Grammar/python.gram (ours is the subset's grammar).
 *
 * No input, however malformed or deep, makes the parser crash: nesting is
 * bounded (MAX_EXPR_DEPTH) and every error is reported with its place. */
#ifndef MINIPY_PARSER_H
#define MINIPY_PARSER_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"

/* The deepest expression tree accepted (CPython stops deep expressions with
 * a RecursionError while compiling; we stop them while parsing). */
#define MAX_EXPR_DEPTH 1000

typedef struct SyntaxError {
    int line, col;
    char message[SYNTAX_MESSAGE_MAX];
} SyntaxError;

/* Parse a program into an N_MODULE node, or return NULL with *error filled
 * in.  Names are interned in `names` (a dict), so that every use of a name
 * shares one str. */
Node *parse_program(Arena *arena, const char *src, size_t length,
                    Object *names, SyntaxError *error);

#endif
