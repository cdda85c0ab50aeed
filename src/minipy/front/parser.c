/* parser.c: tokens to a syntax tree.  Chapter 2 (the runner).
 *
 * One function per grammar rule, from the lowest precedence to the highest.
 * An error jumps straight back to parse_program: the half-built tree is in
 * the arena, which its owner frees. */
#include "parser.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "dict.h"
#include "int.h"
#include "lexer.h"
#include "minipy.h"
#include "str.h"

typedef struct Parser {
    Lexer lx;
    Token tok;          /* the current token */
    Arena *arena;
    Object *names;
    int nesting;        /* expression rules active, bounded by MAX_EXPR_DEPTH */
    SyntaxError *error;
    jmp_buf fail;
} Parser;

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

/* Python statements outside the subset, named in the error. */
static const char *const unsupported[] = {
/*< 5 unsupported_yield
    "yield",
*/
    "async", "await",
};

static _Noreturn void fail_at(Parser *p, int line, int col, const char *message)
{
    p->error->line = line;
    p->error->col = col;
    snprintf(p->error->message, sizeof p->error->message, "%s", message);
    longjmp(p->fail, 1);
}

/* Is the parser at ':=', which the lexer reads as ':' and '='? */
static bool at_walrus(const Parser *p)
{
    return token_is(&p->tok, ":") && p->tok.start + 1 < p->lx.end && p->tok.start[1] == '=';
}

/* A syntax error at the current token; at ':=', wherever it stands, the
 * error names the feature. */
static _Noreturn void fail(Parser *p, const char *message)
{
    if (at_walrus(p))
        message = "assignment expressions (':=') are not part of minipy's subset";
    fail_at(p, p->tok.line, p->tok.col, message);
}

static void advance(Parser *p)
{
    p->tok = lexer_next(&p->lx);
    if (p->tok.kind == TOK_ERROR)
        fail(p, p->lx.error);
}

static bool at(Parser *p, const char *text)
{
    return token_is(&p->tok, text);
}

static bool accept(Parser *p, const char *text)
{
    if (!at(p, text))
        return false;
    advance(p);
    return true;
}

static void expect(Parser *p, const char *text)
{
    if (!accept(p, text)) {
        char message[SYNTAX_MESSAGE_MAX];
        snprintf(message, sizeof message, "expected '%s'", text);
        fail(p, message);
    }
}

static bool is_keyword(const Token *t)
{
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (token_is(t, keywords[i]))
            return true;
    return false;
}

static Node *node(Parser *p, NodeKind kind)
{
    return arena_node(p->arena, kind, p->tok.line, p->tok.col);
}

/* The node's depth from its children's; too deep a tree is refused, so that
 * every later walk of it is bounded. */
static Node *deepen(Parser *p, Node *n, const Node *child)
{
    if (child != NULL && child->depth + 1 > n->depth)
        n->depth = child->depth + 1;
    if (n->depth > MAX_EXPR_DEPTH)
        fail_at(p, n->line, n->col, "expression too deeply nested");
    return n;
}

static void add(Parser *p, Node *n, NodeList *list, Node *child)
{
    node_list_add(list, child);
    deepen(p, n, child);
}

static Object *intern(Parser *p, const char *chars, size_t length)
{
    Object *name = str_from_bytes(chars, length);
    Object *known = dict_getitem(p->names, name);
    if (known != NULL) {
        decref(name);
        return newref(known);
    }
    dict_setitem(p->names, name, name);
    return name;
}

/* A name token, interned.  The token is consumed first: a failing advance
 * must leave no reference behind (everything the parser made belongs to a
 * node of the arena, which its owner frees). */
static Object *name(Parser *p)
{
    if (p->tok.kind != TOK_NAME || is_keyword(&p->tok))
        fail(p, "invalid syntax");
    Token t = p->tok;
    advance(p);
    return intern(p, t.start, t.length);
}

static Node *expression(Parser *p);
//> 5 parse_yield_declaration
static Node *star_expressions(Parser *p);
//< 5 parse_yield_declaration
static Node *or_test(Parser *p);
static Node *for_targets(Parser *p);

/* --- atoms ----------------------------------------------------------- */

static Node *number(Parser *p)
{
    Node *n = node(p, N_CONST);
    const Token *t = &p->tok;
    char prefix = t->length > 1 ? (char)(t->start[1] | 0x20) : '\0';
    long base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 10;
    long value = 0;
    for (size_t i = base == 10 ? 0 : 2; i < t->length; i++) {
        char c = t->start[i];
        if (c == '_')
            continue;
        long digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (__builtin_mul_overflow(value, base, &value) ||
            __builtin_add_overflow(value, digit, &value))
            fail(p, "integer literal too large for minipy's 64-bit ints");
    }
    n->value = int_new(value);
    advance(p);
    return n;
}

/* --- f-strings (data and text) ---------------------------------------- */

/* CPython 3.11 nests replacement fields two deep at most: f"{x:{y}}". */
#define MAX_FSTRING_NESTING 2

static _Noreturn void bad_escape(Parser *p)
{
    fail(p, "(unicode error) a malformed \\x, \\u or \\U escape, or a \\N{...} "
            "escape (not part of minipy's subset)");
}

/* A literal run of an f-string, escapes decoded, added to joined. */
static void fstring_literal(Parser *p, Node *joined, const char *start, const char *end, bool raw)
{
    if (start == end)
        return;
    size_t length;
    char *text = decode_string(start, end, raw, &length);
    if (text == NULL)
        bad_escape(p);
    Node *piece = node(p, N_CONST);
    piece->value = str_from_bytes(text, length);
    free(text);
    add(p, joined, &joined->items, piece);
}

/* The expression of a replacement field, parsed as CPython 3.11 parses it:
 * in parentheses, by a parser of its own over that text.  The text lives
 * in a node, so that it goes with the arena whatever happens. */
static Node *fstring_expression(Parser *p, const char *start, const char *end)
{
    Node *text = node(p, N_CONST);
    size_t length = (size_t)(end - start);
    char *wrapped = malloc(length + 3);
    if (wrapped == NULL)
        fatal_out_of_memory("parsing an f-string");
    wrapped[0] = '(';
    memcpy(wrapped + 1, start, length);
    memcpy(wrapped + 1 + length, ")", 2);
    text->value = str_from_bytes(wrapped, length + 2);
    free(wrapped);
    Lexer outer = p->lx;
    Token current = p->tok;
    lexer_init(&p->lx, str_chars(text->value), str_length(text->value));
    p->lx.line = current.line;
    advance(p);
    Node *e = expression(p);
    if (p->tok.kind != TOK_NEWLINE)
        fail(p, "f-string: invalid syntax");
    p->lx = outer;
    p->tok = current;
    return e;
}

/* Where the expression of a replacement field ends: at a '}', or a '!',
 * ':' or '=' outside brackets and quotes (but not '!=', '==', '<=' ...). */
static const char *expression_end(Parser *p, const char *s, const char *end)
{
    int depth = 0;
    char quote = 0;
    for (; s < end; s++) {
        char c = *s, next = s + 1 < end ? s[1] : '\0';
        if (c == '\\') /* even inside a string, in CPython 3.11 */
            fail(p, "f-string expression part cannot include a backslash");
        if (quote) {
            quote = c == quote ? 0 : quote;
            continue;
        }
        if (c == '#')
            fail(p, "f-string expression part cannot include '#'");
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            depth--;
        else if (c == '}' || (depth == 0 && c == ':'))
            return s;
        else if (depth == 0 && (c == '!' || c == '=' || c == '<' || c == '>') && next == '=')
            s++;
        else if (depth == 0 && (c == '!' || c == '='))
            return s;
        else if (c == ')' || c == ']')
            fail(p, "f-string: unmatched ')'");
    }
    fail(p, "f-string: expecting '}'");
}

static const char *fstring_part(Parser *p, Node *joined, const char *s, const char *end,
                                bool raw, int nesting, bool in_spec);

/* {expression=!conversion:spec} after its '{': adds the field (and the
 * text of a self-documenting one) to joined; returns what follows '}'. */
static const char *replacement_field(Parser *p, Node *joined, const char *s, const char *end,
                                     bool raw, int nesting)
{
    if (nesting >= MAX_FSTRING_NESTING)
        fail(p, "f-string: expressions nested too deeply");
    const char *start = s;
    s = expression_end(p, s, end);
    const char *text = start;
    while (text < s && (*text == ' ' || *text == '\t' || *text == '\n'))
        text++;
    if (text == s)
        fail(p, "f-string: empty expression not allowed");
    Node *field = node(p, N_FORMATTED);
    field->a = fstring_expression(p, start, s);
    bool documented = *s == '=';
    if (documented) { /* f"{x = }" shows its text, then the value's repr */
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n'))
            s++;
        fstring_literal(p, joined, start, s, true);
    }
    if (s < end && *s == '!') {
        if (++s >= end || (*s != 's' && *s != 'r' && *s != 'a'))
            fail(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        field->slot = *s++;
    }
    if (s < end && *s == ':') {
        field->b = node(p, N_FSTRING);
        s = fstring_part(p, field->b, s + 1, end, raw, nesting + 1, true);
    } else if (documented && field->slot == 0) {
        field->slot = 'r';
    }
    if (s >= end || *s != '}')
        fail(p, "f-string: expecting '}'");
    deepen(p, deepen(p, field, field->a), field->b);
    add(p, joined, &joined->items, field);
    return s + 1;
}

/* Literal text and replacement fields up to end, or (in a format spec) up
 * to the '}' that closes the field; returns where it stopped. */
static const char *fstring_part(Parser *p, Node *joined, const char *s, const char *end,
                                bool raw, int nesting, bool in_spec)
{
    const char *literal = s;
    while (s < end) {
        bool doubled = !in_spec && s + 1 < end && s[1] == *s;
        if (*s == '\\' && !raw && s + 1 < end && s[1] != '{' && s[1] != '}') {
            s += 2;
        } else if (*s == '{' && !doubled) {
            fstring_literal(p, joined, literal, s, raw);
            s = literal = replacement_field(p, joined, s + 1, end, raw, nesting);
        } else if (*s == '}' && in_spec) {
            break;
        } else if (*s == '{' || *s == '}') {
            if (!doubled)
                fail(p, "f-string: single '}' is not allowed");
            fstring_literal(p, joined, literal, s + 1, raw);
            s = literal = s + 2;
        } else {
            s++;
        }
    }
    fstring_literal(p, joined, literal, s, raw);
    return s;
}

/* Turn the literal so far into the first piece of an f-string. */
static void become_fstring(Parser *p, Node *n)
{
    Node *first = node(p, N_CONST);
    first->value = n->value;
    n->value = NULL;
    n->kind = N_FSTRING;
    if (first->value != NULL)
        add(p, n, &n->items, first);
}

/* Adjacent string literals are one string, as in Python; with an f-string
 * among them, an f-string.  The string so far is kept in the node, so
 * that a failing advance leaks nothing. */
static Node *strings(Parser *p)
{
    Node *n = node(p, N_CONST);
    while (p->tok.kind == TOK_STRING) {
        if (is_fstring(&p->tok) && n->kind == N_CONST)
            become_fstring(p, n);
        if (n->kind == N_FSTRING) {
            const char *body, *end;
            bool raw;
            string_body(&p->tok, &body, &end, &raw);
            if (is_fstring(&p->tok))
                fstring_part(p, n, body, end, raw, 0, false);
            else
                fstring_literal(p, n, body, end, raw);
            advance(p);
            continue;
        }
        size_t length;
        char *piece = string_value(&p->tok, &length);
        if (piece == NULL)
            bad_escape(p);
        size_t before = n->value ? str_length(n->value) : 0;
        char *joined = malloc(before + length + 1);
        if (joined == NULL)
            fatal_out_of_memory("reading a string literal");
        memcpy(joined, n->value ? str_chars(n->value) : "", before);
        memcpy(joined + before, piece, length);
        xdecref(n->value);
        n->value = str_from_bytes(joined, before + length);
        free(joined);
        free(piece);
        advance(p);
    }
    return n;
}

/* An expression of a display or a call's arguments. */
static Node *item(Parser *p)
{
    Node *n = expression(p);
/*< 5 item_genexp
    if (at(p, "for"))
        fail(p, "generator expressions are not part of minipy's subset "
                "(a list comprehension is)");
*/
//> 5 item_misplaced_genexp
    if (at(p, "for")) /* a generator expression needs parentheses of its own here */
        fail(p, "invalid syntax");
//< 5 item_misplaced_genexp
    return n;
}

/* data and text (data): the clauses of a comprehension after its element,
 * for target in iterable if condition ..., up to `close`.  The iterable
 * and conditions are disjunctions, as in CPython's grammar: an `if` there
 * filters. */
static Node *comprehension(Parser *p, NodeKind kind, Node *element, Node *value,
                           const char *close)
{
    Node *n = arena_node(p->arena, kind, element->line, element->col);
    n->a = element;
    n->b = value;
    deepen(p, deepen(p, n, element), value);
    n->value = intern(p, ".0", 2);
    while (at(p, "for")) {
        Node *clause = node(p, N_COMP_FOR);
        advance(p);
        clause->a = for_targets(p);
        deepen(p, clause, clause->a);
        expect(p, "in");
        clause->b = or_test(p);
        deepen(p, clause, clause->b);
        while (accept(p, "if"))
            add(p, clause, &clause->body, or_test(p));
        add(p, n, &n->items, clause);
    }
    if (at(p, "async"))
        fail(p, "asynchronous comprehensions are not part of minipy's subset");
    if (close != NULL)
        expect(p, close);
    return n;
}

//> 5 parse_genexp
/* (element for ...): a comprehension whose clauses are also written out
 * as the statements of the generator function it is, `for target in .0:
 * if condition: ... yield element`, sharing their nodes; the closing
 * parenthesis is the caller's. */
static Node *generator_expression(Parser *p, Node *element)
{
    Node *n = comprehension(p, N_GENEXP, element, NULL, NULL);
    NodeList *body = &n->body;
    for (size_t i = 0; i < n->items.count; i++) {
        Node *clause = n->items.items[i];
        Node *loop = arena_node(p->arena, N_FOR, clause->line, clause->col);
        loop->a = clause->a;
        loop->b = clause->b;
        if (i == 0) {
            loop->b = arena_node(p->arena, N_NAME, clause->line, clause->col);
            loop->b->value = newref(n->value);
        }
        node_list_add(body, loop);
        body = &loop->body;
        for (size_t j = 0; j < clause->body.count; j++) {
            Node *test = arena_node(p->arena, N_IF, clause->line, clause->col);
            test->a = clause->body.items[j];
            node_list_add(body, test);
            body = &test->body;
        }
    }
    Node *statement = arena_node(p->arena, N_EXPR, element->line, element->col);
    statement->a = arena_node(p->arena, N_YIELD, element->line, element->col);
    statement->a->a = element;
    node_list_add(body, statement);
    return n;
}
//< 5 parse_genexp

static Node *bitor_expr(Parser *p);

/* *a: in a tuple or list display, its items in place; in a target, the
 * items left over.  A bitwise-or expression, as in CPython's grammar. */
static Node *starred(Parser *p)
{
    Node *n = node(p, N_STARRED);
    advance(p);
    n->a = bitor_expr(p);
    return deepen(p, n, n->a);
}

/* An item of a tuple or list display: an expression or a starred one. */
static Node *star_item(Parser *p)
{
    return at(p, "*") ? starred(p) : item(p);
}

/* Items up to `close`, separated by commas, a trailing comma allowed. */
static void items(Parser *p, Node *n, const char *close)
{
    while (!at(p, close)) {
        add(p, n, &n->items, star_item(p));
        if (!accept(p, ","))
            break;
    }
    expect(p, close);
}

//> 5 parse_yield
/* yield value, or yield from iterable: minipy's generators yield only as a
 * statement, or as the value a statement assigns (`x = yield value`, also
 * written `x = (yield value)`); scope.c refuses one anywhere else. */
static Node *yield_expression(Parser *p)
{
    Node *n = node(p, N_YIELD);
    advance(p);
    if (accept(p, "from")) {
        n->kind = N_YIELD_FROM;
        n->a = expression(p);
    } else if (p->tok.kind != TOK_NEWLINE && !at(p, ";") && !at(p, ")") && !at(p, "=")) {
        n->a = star_expressions(p);
    }
    return deepen(p, n, n->a);
}
//< 5 parse_yield

static Node *parenthesized(Parser *p)
{
    Node *n = node(p, N_TUPLE);
    advance(p);
    if (accept(p, ")"))
        return n;
//> 5 parse_parenthesized_yield
    if (at(p, "yield")) {
        Node *value = yield_expression(p);
        expect(p, ")");
        return value;
    }
//< 5 parse_parenthesized_yield
/*< 5 parenthesized_first
    Node *first = star_item(p);
*/
//> 5 parse_parenthesized_genexp
    Node *first = at(p, "*") ? starred(p) : expression(p);
    if (at(p, "for") && first->kind != N_STARRED) {
        first = generator_expression(p, first);
        expect(p, ")");
        return first;
    }
//< 5 parse_parenthesized_genexp
    if (first->kind == N_STARRED && at(p, ")"))
        fail_at(p, first->line, first->col, "cannot use starred expression here");
    if (accept(p, ")"))
        return first;
    add(p, n, &n->items, first);
    expect(p, ",");
    items(p, n, ")");
    return n;
}

/* **mapping in a dict display: a N_STARRED key, whose value in the
 * display's body is a None that is never evaluated. */
static Node *double_starred(Parser *p, Node **value)
{
    Node *n = node(p, N_STARRED);
    advance(p);
    n->a = bitor_expr(p);
    *value = node(p, N_CONST);
    (*value)->value = newref(None);
    return deepen(p, n, n->a);
}

/* {k: v, **m, ...} after its first key (or **m), or a dict comprehension. */
static Node *dict_display(Parser *p, Node *n, Node *key, Node *value)
{
    if (value == NULL) {
        advance(p);
        value = expression(p);
        if (at(p, "for"))
            return comprehension(p, N_DICTCOMP, key, value, "}");
    }
    for (;;) {
        add(p, n, &n->items, key);
        add(p, n, &n->body, value);
        if (!accept(p, ",") || at(p, "}"))
            break;
        if (at(p, "**")) {
            key = double_starred(p, &value);
            continue;
        }
        key = expression(p);
        if (at(p, "for"))
            fail(p, "invalid syntax (a comprehension must be the only item of a dict display)");
        expect(p, ":");
        value = expression(p);
    }
    expect(p, "}");
    return n;
}

/* What braces hold: a dict (empty braces too), a set, or a comprehension of
 * either. */
static Node *braces(Parser *p)
{
    Node *n = node(p, N_DICT);
    advance(p);
    if (accept(p, "}"))
        return n;
    if (at(p, "**")) {
        Node *value;
        Node *key = double_starred(p, &value);
        return dict_display(p, n, key, value);
    }
    Node *first = at(p, "*") ? starred(p) : expression(p);
    if (first->kind != N_STARRED && at(p, ":"))
        return dict_display(p, n, first, NULL);
    if (first->kind == N_STARRED && at(p, "for"))
        fail(p, "iterable unpacking cannot be used in comprehension");
    if (at(p, "for"))
        return comprehension(p, N_SETCOMP, first, NULL, "}");
    n->kind = N_SET;
    add(p, n, &n->items, first);
    if (accept(p, ","))
        items(p, n, "}");
    else
        expect(p, "}");
    return n;
}

static Node *constant(Parser *p, Object *value)
{
    Node *n = node(p, N_CONST);
    n->value = newref(value);
    advance(p);
    return n;
}

static Node *atom(Parser *p)
{
//> 5 parse_yield_in_expression
    if (at(p, "yield"))
        fail(p, YIELD_IN_EXPRESSION);
//< 5 parse_yield_in_expression
    switch (p->tok.kind) {
    case TOK_NUMBER:
        return number(p);
    case TOK_STRING:
        return strings(p);
    case TOK_NAME:
        if (at(p, "None"))
            return constant(p, None);
        if (at(p, "True"))
            return constant(p, True);
        if (at(p, "False"))
            return constant(p, False);
        Node *n = node(p, N_NAME);
        n->value = name(p);
        return n;
    default:
        break;
    }
    if (at(p, "("))
        return parenthesized(p);
    if (at(p, "[")) {
        Node *n = node(p, N_LIST);
        advance(p);
        if (accept(p, "]"))
            return n;
        Node *first = at(p, "*") ? starred(p) : expression(p);
        if (at(p, "for") && first->kind == N_STARRED)
            fail_at(p, first->line, first->col,
                    "iterable unpacking cannot be used in comprehension");
        if (at(p, "for"))
            return comprehension(p, N_LISTCOMP, first, NULL, "]");
        add(p, n, &n->items, first);
        if (accept(p, ","))
            items(p, n, "]");
        else
            expect(p, "]");
        return n;
    }
    if (at(p, "{"))
        return braces(p);
    if (p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_EOF)
        fail(p, "invalid syntax (the expression is incomplete)");
    fail(p, "invalid syntax");
}

/* data and text (data): an omitted part of a slice is None, as in CPython's
 * tree. */
static Node *slice_part(Parser *p)
{
    if (!at(p, ":") && !at(p, "]"))
        return expression(p);
    Node *none = node(p, N_CONST);
    none->value = newref(None);
    return none;
}

/* What goes between a subscript's brackets: an index, or a slice
 * lower:upper:step with every part optional. */
static Node *subscript(Parser *p)
{
    Node *lower = slice_part(p);
    if (!at(p, ":"))
        return lower;
    Node *n = arena_node(p->arena, N_SLICE, lower->line, lower->col);
    add(p, n, &n->items, lower);
    advance(p);
    add(p, n, &n->items, slice_part(p));
    if (accept(p, ":"))
        add(p, n, &n->items, slice_part(p));
    return n;
}

static Node *unpacking(Parser *p, NodeKind kind)
{
    Node *n = node(p, kind);
    advance(p);
    n->a = expression(p);
    return deepen(p, n, n->a);
}

/* `name=value`, the name already parsed as the expression `target`. */
static Node *keyword(Parser *p, Node *call, Node *target)
{
    Object *v = target->kind == N_CONST ? target->value : NULL;
    if (v == None || v == True || v == False) {
        char message[SYNTAX_MESSAGE_MAX];
        snprintf(message, sizeof message, "cannot assign to %s",
                 v == None ? "None" : v == True ? "True" : "False");
        fail_at(p, target->line, target->col, message);
    }
    if (target->kind != N_NAME)
        fail_at(p, target->line, target->col,
                "expression cannot contain assignment, perhaps you meant \"==\"?");
    for (size_t i = 0; i < call->items.count; i++)
        if (call->items.items[i]->kind == N_KEYWORD &&
            call->items.items[i]->value == target->value) {
            char message[SYNTAX_MESSAGE_MAX];
            snprintf(message, sizeof message, "keyword argument repeated: %s",
                     str_chars(target->value));
            fail_at(p, target->line, target->col, message);
        }
    Node *n = arena_node(p->arena, N_KEYWORD, target->line, target->col);
    n->value = newref(target->value);
    advance(p);
    n->a = expression(p);
    return deepen(p, n, n->a);
}

/* A call's arguments up to ')': positional ones and *iterables, then
 * name=value and **mappings, in the order CPython 3.11's grammar allows. */
static void arguments(Parser *p, Node *call)
{
    bool keywords = false, mappings = false;
    while (!at(p, ")")) {
        Node *arg;
        if (at(p, "**")) {
            arg = unpacking(p, N_KEYWORD);
            mappings = true;
        } else if (at(p, "*")) {
            if (mappings)
                fail(p, "iterable argument unpacking follows keyword argument unpacking");
            arg = unpacking(p, N_STARRED);
        } else {
/*< 5 argument_item
            arg = item(p);
*/
//> 5 parse_genexp_argument
            arg = expression(p);
            if (at(p, "for")) {
                arg = generator_expression(p, arg);
                if (call->items.count > 0 || !at(p, ")"))
                    fail_at(p, arg->line, arg->col, "Generator expression must be parenthesized");
                add(p, call, &call->items, arg);
                break;
            }
//< 5 parse_genexp_argument
            if (at(p, "=")) {
                arg = keyword(p, call, arg);
                keywords = true;
            } else if (mappings || keywords) {
                fail_at(p, arg->line, arg->col, mappings
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
        }
        add(p, call, &call->items, arg);
        if (!accept(p, ","))
            break;
    }
    expect(p, ")");
}

/* atom followed by calls, attributes and subscripts */
static Node *primary(Parser *p)
{
    Node *n = atom(p);
    for (;;) {
        Node *t;
        if (at(p, "(")) {
            t = node(p, N_CALL);
            advance(p);
            t->a = n;
            deepen(p, t, n);
            arguments(p, t);
        } else if (at(p, ".")) {
            t = node(p, N_ATTR);
            advance(p);
            t->a = n;
            t->value = name(p);
            deepen(p, t, n);
        } else if (at(p, "[")) {
            t = node(p, N_SUBSCRIPT);
            advance(p);
            t->a = n;
            t->b = subscript(p);
            expect(p, "]");
            deepen(p, deepen(p, t, n), t->b);
        } else {
            return n;
        }
        n = t;
    }
}

/* Rules that call themselves without a bracket in between (-x, not x,
 * lambda, elif) count their nesting, so the C stack is bounded. */
static void nest(Parser *p)
{
    if (++p->nesting > MAX_EXPR_DEPTH)
        fail(p, "too deeply nested (minipy parses at most 1000 levels)");
}

static Node *unary(Parser *p, Op op, Node *(*operand)(Parser *))
{
    Node *n = node(p, N_UNARY);
    n->op = op;
    advance(p);
    nest(p);
    n->a = operand(p);
    p->nesting--;
    return deepen(p, n, n->a);
}

static Node *binary(Parser *p, Node *left, Op op, Node *(*operand)(Parser *))
{
    Node *n = node(p, N_BINOP);
    n->op = op;
    n->line = left->line;
    n->col = left->col;
    advance(p);
    n->a = left;
    n->b = operand(p);
    return deepen(p, deepen(p, n, left), n->b);
}

static Node *factor(Parser *p)
{
    if (at(p, "-"))
        return unary(p, OP_NEG, factor);
    if (at(p, "+"))
        return unary(p, OP_POS, factor);
    if (at(p, "~"))
        return unary(p, OP_INVERT, factor);
    /* ** binds tighter than a unary operator on its left, less tightly
     * than one on its right, and to the right: -2 ** -1 ** 2 is
     * -(2 ** (-(1 ** 2))) */
    Node *n = primary(p);
    return at(p, "**") ? binary(p, n, OP_POW, factor) : n;
}

static Node *term(Parser *p)
{
    Node *n = factor(p);
    for (;;) {
        if (at(p, "*"))
            n = binary(p, n, OP_MUL, factor);
        else if (at(p, "//"))
            n = binary(p, n, OP_FLOORDIV, factor);
        else if (at(p, "%"))
            n = binary(p, n, OP_MOD, factor);
        else if (at(p, "/") || at(p, "@"))
            fail(p, "operators '/' and '@' are not part of minipy's subset (use '//')");
        else
            return n;
    }
}

static Node *arith(Parser *p)
{
    Node *n = term(p);
    for (;;) {
        if (at(p, "+"))
            n = binary(p, n, OP_ADD, term);
        else if (at(p, "-"))
            n = binary(p, n, OP_SUB, term);
        else
            return n;
    }
}

/* data and text (data): the bitwise levels, tightest first, as CPython's
 * grammar: shifts, then &, then ^, then |. */
static Node *shift_expr(Parser *p)
{
    Node *n = arith(p);
    for (;;) {
        if (at(p, "<<"))
            n = binary(p, n, OP_LSHIFT, arith);
        else if (at(p, ">>"))
            n = binary(p, n, OP_RSHIFT, arith);
        else
            return n;
    }
}

static Node *bitand_expr(Parser *p)
{
    Node *n = shift_expr(p);
    while (at(p, "&"))
        n = binary(p, n, OP_BITAND, shift_expr);
    return n;
}

static Node *bitxor_expr(Parser *p)
{
    Node *n = bitand_expr(p);
    while (at(p, "^"))
        n = binary(p, n, OP_BITXOR, bitand_expr);
    return n;
}

static Node *bitor_expr(Parser *p)
{
    Node *n = bitxor_expr(p);
    while (at(p, "|"))
        n = binary(p, n, OP_BITOR, bitxor_expr);
    return n;
}

/* The comparison operator at the current token, consumed; false if none. */
static bool compare_op(Parser *p, Op *op)
{
    static const struct { const char *text; Op op; } simple[] = {
        {"==", OP_EQ}, {"!=", OP_NE}, {"<", OP_LT}, {"<=", OP_LE},
        {">", OP_GT}, {">=", OP_GE}, {"in", OP_IN},
    };
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++)
        if (accept(p, simple[i].text)) {
            *op = simple[i].op;
            return true;
        }
    if (accept(p, "is")) {
        *op = accept(p, "not") ? OP_IS_NOT : OP_IS;
        return true;
    }
    if (at(p, "not")) {
        advance(p);
        expect(p, "in");
        *op = OP_NOT_IN;
        return true;
    }
    return false;
}

static Node *comparison(Parser *p)
{
    Node *first = bitor_expr(p);
    Op op;
    if (!compare_op(p, &op))
        return first;
    Node *n = arena_node(p->arena, N_COMPARE, first->line, first->col);
    add(p, n, &n->items, first);
    do {
        n->ops = realloc(n->ops, n->items.count * sizeof *n->ops);
        if (n->ops == NULL)
            fatal_out_of_memory("parsing a comparison");
        n->ops[n->items.count - 1] = op;
        add(p, n, &n->items, bitor_expr(p));
    } while (compare_op(p, &op));
    return n;
}

static Node *not_test(Parser *p)
{
    if (at(p, "not"))
        return unary(p, OP_NOT, not_test);
    return comparison(p);
}

static Node *boolean(Parser *p, NodeKind kind, const char *word, Node *(*operand)(Parser *))
{
    Node *first = operand(p);
    if (!at(p, word))
        return first;
    Node *n = arena_node(p->arena, kind, first->line, first->col);
    add(p, n, &n->items, first);
    while (accept(p, word))
        add(p, n, &n->items, operand(p));
    return n;
}

static Node *and_test(Parser *p)
{
    return boolean(p, N_AND, "and", not_test);
}

static Node *or_test(Parser *p)
{
    return boolean(p, N_OR, "or", and_test);
}

static void parameters(Parser *p, Node *n, const char *close);

static Node *lambda(Parser *p)
{
    Node *n = node(p, N_LAMBDA);
    advance(p);
    parameters(p, n, ":");
    n->a = expression(p);
    return deepen(p, n, n->a);
}

/* body if test else orelse, after its body: the orelse is an expression
 * again, so a chain nests to the right, as in CPython's grammar. */
static Node *conditional(Parser *p, Node *body)
{
    Node *n = arena_node(p->arena, N_IFEXP, body->line, body->col);
    add(p, n, &n->items, body);
    advance(p);
    add(p, n, &n->items, or_test(p));
    if (!accept(p, "else"))
        fail(p, "expected 'else' after 'if' expression");
    add(p, n, &n->items, expression(p));
    return n;
}

static Node *expression(Parser *p)
{
    nest(p);
    Node *n = at(p, "lambda") ? lambda(p) : or_test(p);
    if (n->kind != N_LAMBDA && at(p, "if"))
        n = conditional(p, n);
    p->nesting--;
    return n;
}

/* --- statements ------------------------------------------------------ */

static void block(Parser *p, NodeList *body, const char *what, int line);
static void statement(Parser *p, NodeList *body);

static void add_parameter(Parser *p, Node *n, Node *param)
{
    for (size_t i = 0; i < n->items.count; i++)
        if (n->items.items[i]->value == param->value) {
            char message[SYNTAX_MESSAGE_MAX];
            snprintf(message, sizeof message, "duplicate argument '%s' in function definition",
                     str_chars(param->value));
            fail_at(p, param->line, param->col, message);
        }
    node_list_add(&n->items, param);
}

/* One parameter's name, and its default after '=' if `defaults` allows
 * one there. */
static Node *parameter(Parser *p, const char *close, bool defaults)
{
    Node *param = node(p, N_NAME);
    param->value = name(p);
    if (at(p, ":") && !at(p, close))
        fail(p, "annotations are not part of minipy's subset");
    if (defaults && accept(p, "="))
        param->a = expression(p);
    return param;
}

/* The parameters up to `close`, which is consumed, put in frame-slot order
 * (see ast.h): *args and **kwargs, parsed where they stand, go last. */
static void parameters(Parser *p, Node *n, const char *close)
{
    Node *varargs = NULL, *varkw = NULL;
    bool star = false, defaulted = false;
    while (!at(p, close) && varkw == NULL) {
        if (accept(p, "**")) {
            varkw = parameter(p, close, false);
        } else if (accept(p, "*")) {
            if (star)
                fail(p, "* argument may appear only once");
            star = true;
            if (!at(p, ",") && !at(p, close))
                varargs = parameter(p, close, false);
            else if (at(p, close) || (accept(p, ",") && (at(p, close) || at(p, "**"))))
                fail(p, "named arguments must follow bare *");
            else
                continue;
        } else if (at(p, "/")) {
            fail(p, "positional-only parameters ('/') are not part of minipy's subset");
        } else {
            Node *param = parameter(p, close, true);
            if (!star && param->a == NULL && defaulted)
                fail_at(p, param->line, param->col,
                        "non-default argument follows default argument");
            defaulted |= param->a != NULL;
            n->nkwonly += star;
            add_parameter(p, n, param);
            if (param->a != NULL)
                deepen(p, n, param->a);
        }
        if (!accept(p, ","))
            break;
    }
    if (varkw != NULL && !at(p, close))
        fail(p, "arguments cannot follow var-keyword argument");
    expect(p, close);
    if ((n->varargs = varargs != NULL))
        add_parameter(p, n, varargs);
    if ((n->varkw = varkw != NULL))
        add_parameter(p, n, varkw);
}

static void check_target(Parser *p, const Node *target, const char *verb);

/* The items of a tuple or list of targets: targets themselves, one of them
 * starred at most. */
static void check_targets(Parser *p, const Node *target, const char *verb)
{
    const Node *star = NULL;
    for (size_t i = 0; i < target->items.count; i++) {
        const Node *each = target->items.items[i];
        if (each->kind == N_STARRED) {
            if (strcmp(verb, "delete") == 0)
                fail_at(p, each->line, each->col, "cannot delete starred");
            if (star != NULL)
                fail_at(p, each->line, each->col, "multiple starred expressions in assignment");
            star = each;
            each = each->a;
        }
        check_target(p, each, verb);
    }
}

/* An assignment target (a name, attribute, item, or a tuple or list of
 * targets), with CPython 3.11's error for what cannot be one. */
static void check_target(Parser *p, const Node *target, const char *verb)
{
    if (target->kind == N_NAME || target->kind == N_ATTR || target->kind == N_SUBSCRIPT)
        return;
    if (target->kind == N_TUPLE || target->kind == N_LIST) {
        check_targets(p, target, verb);
        return;
    }
    if (target->kind == N_STARRED)
        fail_at(p, target->line, target->col, strcmp(verb, "assign to") == 0
                ? "starred assignment target must be in a list or tuple"
                : "cannot delete starred");
    if (target->kind == N_IFEXP) {
        char message[SYNTAX_MESSAGE_MAX];
        snprintf(message, sizeof message, "cannot %s conditional expression", verb);
        fail_at(p, target->line, target->col, message);
    }
    static const struct { NodeKind kind; const char *what; } names[] = {
        {N_CONST, "literal"}, {N_CALL, "function call"}, {N_LAMBDA, "lambda"},
        {N_BINOP, "expression"}, {N_UNARY, "expression"}, {N_COMPARE, "comparison"},
        {N_AND, "expression"}, {N_OR, "expression"}, {N_DICT, "dict literal"},
        {N_SET, "set display"}, {N_LISTCOMP, "list comprehension"},
        {N_SETCOMP, "set comprehension"}, {N_DICTCOMP, "dict comprehension"},
    };
    const char *what = "this expression (minipy assigns to names, attributes, items, "
                       "and tuples or lists of them)";
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (names[i].kind == target->kind)
            what = names[i].what;
    char message[SYNTAX_MESSAGE_MAX];
    snprintf(message, sizeof message, "cannot %s %s", verb, what);
    fail_at(p, target->line, target->col, message);
}

static bool augmented_op(Parser *p, Op *op)
{
    static const struct { const char *text; Op op; } ops[] = {
        {"+=", OP_ADD}, {"-=", OP_SUB}, {"*=", OP_MUL}, {"//=", OP_FLOORDIV}, {"%=", OP_MOD},
        {"|=", OP_BITOR}, {"^=", OP_BITXOR}, {"&=", OP_BITAND}, {"<<=", OP_LSHIFT},
        {">>=", OP_RSHIFT}, {"**=", OP_POW},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (accept(p, ops[i].text)) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

/* Where a tuple without parentheses ends, after a comma. */
static bool ends_bare_tuple(Parser *p)
{
    return p->tok.kind == TOK_NEWLINE || p->tok.kind == TOK_EOF || at(p, "=") ||
           at(p, ";") || at(p, "in") || at(p, ":");
}

/* `x = 1, *rest` and `return a, b`: items separated by commas, a tuple
 * without parentheses if there is a comma, each item from `each`. */
static Node *bare_tuple(Parser *p, Node *(*each)(Parser *))
{
    Node *first = each(p);
    if (!at(p, ","))
        return first;
    Node *n = arena_node(p->arena, N_TUPLE, first->line, first->col);
    add(p, n, &n->items, first);
    while (accept(p, ",") && !ends_bare_tuple(p))
        add(p, n, &n->items, each(p));
    return n;
}

/* A starred item alone is a target, `*a = ...`, or an error. */
static Node *star_expressions(Parser *p)
{
    Node *n = bare_tuple(p, star_item);
    if (n->kind == N_STARRED && !at(p, "="))
        fail_at(p, n->line, n->col, "can't use starred expression here");
    return n;
}

/* A target of a for loop or a comprehension's clause: a primary, not an
 * expression, so that its `in` is not taken for a comparison. */
static Node *star_target(Parser *p)
{
    return at(p, "*") ? starred(p) : primary(p);
}

/* The target list of `for targets in`, checked. */
static Node *for_targets(Parser *p)
{
    Node *target = bare_tuple(p, star_target);
    check_target(p, target, "assign to");
    return target;
}

static Node *expression_statement(Parser *p)
{
/*< 5 statement_first
    Node *first = star_expressions(p);
*/
//> 5 statement_yield
    Node *first = at(p, "yield") ? yield_expression(p) : star_expressions(p);
//< 5 statement_yield
    Op op;
    if (augmented_op(p, &op)) {
        if (first->kind == N_TUPLE || first->kind == N_LIST)
            fail_at(p, first->line, first->col, first->kind == N_TUPLE
                    ? "'tuple' is an illegal expression for augmented assignment"
                    : "'list' is an illegal expression for augmented assignment");
        check_target(p, first, "assign to");
        Node *n = arena_node(p->arena, N_AUGASSIGN, first->line, first->col);
        n->op = op;
        n->a = first;
        n->b = expression(p);
        return n;
    }
    if (!at(p, "=")) {
        Node *n = arena_node(p->arena, N_EXPR, first->line, first->col);
        n->a = first;
        return n;
    }
    Node *n = arena_node(p->arena, N_ASSIGN, first->line, first->col);
    Node *value = first;
    while (accept(p, "=")) {
        check_target(p, value, "assign to");
        node_list_add(&n->items, value);
/*< 5 assigned_value
        value = star_expressions(p);
*/
//> 5 assigned_yield
        value = at(p, "yield") ? yield_expression(p) : star_expressions(p);
//< 5 assigned_yield
    }
    n->a = value;
    return n;
}

static Node *small_statement(Parser *p)
{
    Node *n;
    for (size_t i = 0; i < sizeof unsupported / sizeof *unsupported; i++)
        if (at(p, unsupported[i])) {
            char message[SYNTAX_MESSAGE_MAX];
            snprintf(message, sizeof message, "'%s' is not part of minipy's subset", unsupported[i]);
            fail(p, message);
        }
    if (at(p, "pass") || at(p, "break") || at(p, "continue")) {
        n = node(p, at(p, "pass") ? N_PASS : at(p, "break") ? N_BREAK : N_CONTINUE);
        advance(p);
    } else if (at(p, "return")) {
        n = node(p, N_RETURN);
        advance(p);
        if (p->tok.kind != TOK_NEWLINE && !at(p, ";"))
            n->a = star_expressions(p);
    } else if (at(p, "global") || at(p, "nonlocal")) {
        n = node(p, at(p, "global") ? N_GLOBAL : N_NONLOCAL);
        advance(p);
        do {
            Node *g = node(p, N_NAME);
            g->value = name(p);
            node_list_add(&n->items, g);
        } while (accept(p, ","));
    } else if (at(p, "del")) {
        n = node(p, N_DEL);
        advance(p);
        do {
            Node *target = primary(p);
            check_target(p, target, "delete");
            node_list_add(&n->items, target);
        } while (accept(p, ",") && p->tok.kind != TOK_NEWLINE);
    } else if (at(p, "import") || at(p, "from")) {
        n = node(p, N_IMPORT);
        if (accept(p, "from")) {
            n->value = name(p);
            expect(p, "import");
        } else {
            advance(p);
        }
        do {
            Node *module = node(p, N_NAME);
            module->value = name(p);
            if (at(p, "."))
                fail(p, "packages are not part of minipy's subset");
            if (at(p, "as"))
                fail(p, "'import ... as' is not part of minipy's subset");
            node_list_add(&n->items, module);
        } while (accept(p, ","));
    } else if (at(p, "raise")) {
        n = node(p, N_RAISE);
        advance(p);
        if (p->tok.kind != TOK_NEWLINE && !at(p, ";")) {
            n->a = expression(p);
            if (accept(p, "from"))
                n->b = expression(p);
        }
    } else if (at(p, "assert")) {
        n = node(p, N_ASSERT);
        advance(p);
        n->a = expression(p);
        if (accept(p, ","))
            n->b = expression(p);
    } else {
        n = expression_statement(p);
    }
    return n;
}

/* Small statements separated by ';', ending the line. */
static void simple_statements(Parser *p, NodeList *body)
{
    do {
        if (p->tok.kind == TOK_NEWLINE)
            break;
        node_list_add(body, small_statement(p));
    } while (accept(p, ";"));
    if (p->tok.kind != TOK_NEWLINE)
        fail(p, "invalid syntax");
    advance(p);
}

static Node *if_statement(Parser *p)
{
    Node *n = node(p, N_IF);
    int line = p->tok.line;
    const char *word = at(p, "if") ? "'if' statement" : "'elif' statement";
    advance(p);
    n->a = expression(p);
    block(p, &n->body, word, line);
    if (at(p, "elif")) {
        /* an elif is an if nested in the else: count it, so that a chain
         * of them is bounded like any nesting */
        nest(p);
        node_list_add(&n->orelse, if_statement(p));
        p->nesting--;
    }
    else if (at(p, "else")) {
        line = p->tok.line;
        advance(p);
        block(p, &n->orelse, "'else' statement", line);
    }
    return n;
}

static void loop_else(Parser *p, Node *n)
{
    if (at(p, "else")) {
        int line = p->tok.line;
        advance(p);
        block(p, &n->orelse, "'else' statement", line);
    }
}

/* exceptions and with (exc) */

/* A name bound by `as`, as a name node. */
static Node *as_name(Parser *p)
{
    Node *target = node(p, N_NAME);
    target->value = name(p);
    return target;
}

static Node *try_statement(Parser *p, int line)
{
    Node *n = node(p, N_TRY);
    advance(p);
    block(p, &n->body, "'try' statement", line);
    while (at(p, "except")) {
        Node *clause = node(p, N_EXCEPT);
        int at_line = p->tok.line;
        advance(p);
        if (accept(p, "*"))
            fail(p, "'except*' is not part of minipy's subset");
        if (!at(p, ":")) {
            if (n->items.count > 0 &&
                n->items.items[n->items.count - 1]->a == NULL)
                fail(p, "default 'except:' must be last");
            clause->a = expression(p);
            if (at(p, ","))
                fail(p, "multiple exception types must be parenthesized");
            if (accept(p, "as"))
                clause->b = as_name(p);
        }
        block(p, &clause->body, "'except' statement", at_line);
        add(p, n, &n->items, clause);
    }
    if (n->items.count > 0 && at(p, "else")) {
        int at_line = p->tok.line;
        advance(p);
        block(p, &n->orelse, "'else' statement", at_line);
    }
    if (at(p, "finally")) {
        int at_line = p->tok.line;
        n->a = node(p, N_FINALLY);
        advance(p);
        block(p, &n->a->body, "'finally' statement", at_line);
    }
    if (n->items.count == 0 && n->a == NULL)
        fail(p, "expected 'except' or 'finally' block");
    return n;
}

/* with a as x, b as y: one N_WITH per item, each the body of the one
 * before, as CPython runs them. */
static Node *with_items(Parser *p, int line)
{
    Node *n = node(p, N_WITH);
    n->a = expression(p);
    if (accept(p, "as")) {
        n->b = star_target(p);
        check_target(p, n->b, "assign to");
    }
    if (accept(p, ",")) {
        nest(p);
        node_list_add(&n->body, with_items(p, line));
        p->nesting--;
    } else {
        block(p, &n->body, "'with' statement", line);
    }
    return n;
}

static Node *compound_statement(Parser *p)
{
    int line = p->tok.line;
    Node *n;
    if (at(p, "if") || at(p, "elif")) {
        if (at(p, "elif"))
            fail(p, "invalid syntax ('elif' without 'if')");
        return if_statement(p);
    }
    if (at(p, "else"))
        fail(p, "invalid syntax ('else' without 'if', 'for' or 'while')");
    if (at(p, "except") || at(p, "finally"))
        fail(p, "invalid syntax ('except' or 'finally' without 'try')");
    if (at(p, "try"))
        return try_statement(p, line);
    if (accept(p, "with")) {
        if (at(p, "("))
            fail(p, "parenthesized 'with' items are not part of minipy's subset");
        return with_items(p, line);
    }
    if (at(p, "while")) {
        n = node(p, N_WHILE);
        advance(p);
        n->a = expression(p);
        block(p, &n->body, "'while' statement", line);
        loop_else(p, n);
    } else if (at(p, "for")) {
        n = node(p, N_FOR);
        advance(p);
        n->a = for_targets(p);
        expect(p, "in");
        n->b = star_expressions(p);
        block(p, &n->body, "'for' statement", line);
        loop_else(p, n);
    } else if (at(p, "def")) {
        n = node(p, N_DEF);
        advance(p);
        n->value = name(p);
        expect(p, "(");
        parameters(p, n, ")");
        if (at(p, "->"))
            fail(p, "annotations are not part of minipy's subset");
        block(p, &n->body, "function definition", line);
    } else {
        n = node(p, N_CLASS);
        advance(p);
        n->value = name(p);
        if (accept(p, "(")) {
            while (!at(p, ")")) {
                add(p, n, &n->items, expression(p));
                if (at(p, "="))
                    fail(p, "class keywords (metaclass=...) are not part of minipy's subset");
                if (!accept(p, ","))
                    break;
            }
            expect(p, ")");
        }
        block(p, &n->body, "class definition", line);
    }
    return n;
}

/* ':' then the statements of a block, on the same line or indented below. */
static void block(Parser *p, NodeList *body, const char *what, int line)
{
    expect(p, ":");
    if (p->tok.kind != TOK_NEWLINE) {
        simple_statements(p, body);
        return;
    }
    advance(p);
    if (p->tok.kind != TOK_INDENT) {
        char message[SYNTAX_MESSAGE_MAX];
        snprintf(message, sizeof message, "expected an indented block after %s on line %d",
                 what, line);
        fail(p, message);
    }
    advance(p);
    while (p->tok.kind != TOK_DEDENT && p->tok.kind != TOK_EOF)
        statement(p, body);
    advance(p);
}

/* @expression lines, then the def (or class) they decorate. */
static Node *decorated(Parser *p)
{
    /* the list is kept in a node of the arena until its def is parsed, so
     * that a syntax error leaks nothing */
    Node *holder = node(p, N_PASS);
    while (accept(p, "@")) {
        node_list_add(&holder->orelse, expression(p));
        if (p->tok.kind != TOK_NEWLINE)
            fail(p, "invalid syntax (a decorator ends its line)");
        advance(p);
    }
    if (!at(p, "def") && !at(p, "class"))
        fail(p, "invalid syntax (a decorator comes before a 'def' or a 'class')");
    Node *n = compound_statement(p);
    n->orelse = holder->orelse;
    holder->orelse = (NodeList){0};
    return n;
}

static void statement(Parser *p, NodeList *body)
{
    static const char *const compound[] = {"if", "elif", "else", "while", "for", "def", "class",
                                           "try", "except", "finally", "with"};
    if (p->tok.kind == TOK_INDENT)
        fail(p, "unexpected indent");
    if (at(p, "@")) {
        node_list_add(body, decorated(p));
        return;
    }
    for (size_t i = 0; i < sizeof compound / sizeof *compound; i++)
        if (at(p, compound[i])) {
            node_list_add(body, compound_statement(p));
            return;
        }
    simple_statements(p, body);
}

Node *parse_program(Arena *arena, const char *src, size_t length,
                    Object *names, SyntaxError *error)
{
    Parser *p = calloc(1, sizeof *p);
    if (p == NULL)
        fatal_out_of_memory("parsing");
    lexer_init(&p->lx, src, length);
    p->arena = arena;
    p->names = names;
    p->error = error;
    Node *module = arena_node(arena, N_MODULE, 1, 1);
    if (setjmp(p->fail) == 0) {
        advance(p);
        while (p->tok.kind != TOK_EOF)
            statement(p, &module->body);
    } else {
        module = NULL;
    }
    free(p);
    return module;
}
