/* scope.c: resolving names.  Chapter 2 (the runner).
 *
 * Three steps, as CPython's symtable: record what each scope does with each
 * name (walk), find which function each free name belongs to (capture), lay
 * out each frame's slots (layout); then a second walk writes each name's kind
 * and slot into its node (resolve). */
#include "scope.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "str.h"

enum {
    SYM_USED = 1u << 0,      /* read */
    SYM_ASSIGNED = 1u << 1,  /* bound: assigned, deleted, a def, class, import or for target */
    SYM_PARAM = 1u << 2,
    SYM_GLOBAL = 1u << 3,    /* declared global */
    SYM_CAPTURED = 1u << 4,  /* a local some inner function reads: kept in a cell */
    SYM_FREE = 1u << 5,      /* a local of an enclosing function */
    SYM_NONLOCAL = 1u << 6,  /* declared nonlocal */
};

typedef struct Symbol {
    Object *name;   /* borrowed (interned) */
    unsigned flags;
    int slot;
    const Node *declared;  /* the nonlocal statement, for its errors */
} Symbol;

typedef struct Walk {
    Scope *scope;
    Scope *all;      /* every scope made so far */
    bool in_loop;
    bool resolving;  /* the second walk */
    ScopeError *error;
} Walk;

static void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size);
    if (p == NULL)
        fatal_out_of_memory("resolving names");
    return p;
}

static size_t index_of(const Scope *s, const Object *name)
{
    size_t mask = 2 * (size_t)s->capacity - 1;
    return ((uintptr_t)name >> 4) & mask;
}

static Symbol *find(const Scope *s, const Object *name)
{
    if (s->capacity == 0)
        return NULL;
    size_t mask = 2 * (size_t)s->capacity - 1;
    for (size_t i = index_of(s, name);; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0)
            return NULL;
        if (s->symbols[k].name == name)
            return &s->symbols[k];
    }
}

static void grow(Scope *s)
{
    s->capacity = s->capacity ? 2 * s->capacity : 8;
    s->symbols = realloc(s->symbols, (size_t)s->capacity * sizeof *s->symbols);
    free(s->index);
    s->index = xcalloc(2 * (size_t)s->capacity, sizeof *s->index);
    if (s->symbols == NULL)
        fatal_out_of_memory("resolving names");
    memset(s->index, 0xff, 2 * (size_t)s->capacity * sizeof *s->index);
    size_t mask = 2 * (size_t)s->capacity - 1;
    for (int k = 0; k < s->nsymbols; k++) {
        size_t i = index_of(s, s->symbols[k].name);
        while (s->index[i] >= 0)
            i = (i + 1) & mask;
        s->index[i] = k;
    }
}

static Symbol *symbol(Scope *s, Object *name)
{
    Symbol *sym = find(s, name);
    if (sym != NULL)
        return sym;
    if (s->nsymbols == s->capacity)
        grow(s);
    size_t mask = 2 * (size_t)s->capacity - 1;
    size_t i = index_of(s, name);
    while (s->index[i] >= 0)
        i = (i + 1) & mask;
    s->index[i] = s->nsymbols;
    s->symbols[s->nsymbols] = (Symbol){name, 0, -1, NULL};
    return &s->symbols[s->nsymbols++];
}

static bool is_local(const Symbol *sym)
{
    return (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL));
}

static bool fail(Walk *w, const Node *n, const char *message, const Object *name)
{
    if (w->error->message[0] == '\0') {
        w->error->line = n->line;
        w->error->col = n->col;
        snprintf(w->error->message, sizeof w->error->message, message,
                 name ? str_chars(name) : "");
    }
    return false;
}

/* A def's qualified name: a method's is "A.m", an inner function's is
 * "outer.<locals>.inner". */
static Object *qualified_name(const Scope *parent, Object *name)
{
    if (parent == NULL || parent->kind == SCOPE_MODULE)
        return newref(name);
    const char *middle = parent->kind == SCOPE_FUNCTION ? ".<locals>." : ".";
    size_t length = str_length(parent->qualname) + strlen(middle) + str_length(name);
    char *text = xcalloc(length + 1, 1);
    snprintf(text, length + 1, "%s%s%s", str_chars(parent->qualname), middle, str_chars(name));
    Object *result = str_new(text);
    free(text);
    return result;
}

static Scope *new_scope(Walk *w, ScopeKind kind, Node *n, Object *name)
{
    Scope *s = xcalloc(1, sizeof *s);
    s->kind = kind;
    s->parent = w->scope;
    s->node = n;
    s->name = name ? newref(name) : str_new(kind == SCOPE_MODULE ? "<module>" : "<lambda>");
    s->qualname = qualified_name(s->parent, s->name);
    /* The module's scope heads the list; the others follow it. */
    if (w->all == NULL) {
        w->all = s;
    } else {
        s->next_in_program = w->all->next_in_program;
        w->all->next_in_program = s;
    }
    n->scope = s;
    return s;
}

/* --- the walks ------------------------------------------------------- */

static bool walk(Walk *w, Node *n);

static bool walk_list(Walk *w, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++)
        if (!walk(w, list->items[i]))
            return false;
    return true;
}

/* Which kind and slot a name has in scope s (the second walk). */
static void resolve(const Scope *s, Object *name, NameKind *kind, int *slot)
{
    Symbol *sym = find(s, name);
    *slot = sym ? sym->slot : -1;
    if (s->kind == SCOPE_MODULE || sym == NULL)
        *kind = s->kind == SCOPE_FUNCTION ? NAME_GLOBAL : NAME_DYNAMIC;
    else if (sym->flags & SYM_GLOBAL)
        *kind = NAME_GLOBAL;
    else if (sym->flags & SYM_NONLOCAL)
        *kind = NAME_FREE;
    else if (s->kind == SCOPE_CLASS)
        *kind = (sym->flags & SYM_FREE) && !(sym->flags & SYM_ASSIGNED) ? NAME_FREE : NAME_DYNAMIC;
    else if (is_local(sym))
        *kind = (sym->flags & SYM_CAPTURED) ? NAME_CELL : NAME_FAST;
    else if (sym->flags & SYM_FREE)
        *kind = NAME_FREE;
    else
        *kind = NAME_GLOBAL;
}

static bool name(Walk *w, Node *n, unsigned how)
{
    if (w->resolving)
        resolve(w->scope, n->value, &n->name_kind, &n->slot);
    else
        symbol(w->scope, n->value)->flags |= how;
    return true;
}

/* Every name of a target is stored, however deep in a tuple or list of
 * targets (the parser bounds the depth). */
static bool store(Walk *w, Node *target, unsigned extra)
{
    if (target->kind == N_NAME)
        return name(w, target, SYM_ASSIGNED | extra);
    if (target->kind == N_STARRED)
        return store(w, target->a, extra);
    if (target->kind == N_TUPLE || target->kind == N_LIST) {
        for (size_t i = 0; i < target->items.count; i++)
            if (!store(w, target->items.items[i], extra))
                return false;
        return true;
    }
    return walk(w, target->a) && (target->b == NULL || walk(w, target->b));
}

/* A def's decorators and its parameters' defaults run in the scope that
 * runs the def, decorators first, as CPython 3.11 compiles them. */
static bool walk_def_parts(Walk *w, Node *n)
{
    if (!walk_list(w, &n->orelse))
        return false;
    for (size_t i = 0; n->kind != N_CLASS && i < n->items.count; i++)
        if (n->items.items[i]->a != NULL && !walk(w, n->items.items[i]->a))
            return false;
    return true;
}

/* A def, lambda or class: its body is a scope of its own. */
static bool nested(Walk *w, Node *n, ScopeKind kind, Object *scope_name)
{
    Walk inner = *w;
    if (!w->resolving) {
        inner.scope = new_scope(w, kind, n, scope_name);
    } else {
        inner.scope = n->scope;
    }
    inner.in_loop = false;
    if (!w->resolving && kind == SCOPE_FUNCTION)
        for (size_t i = 0; i < n->items.count; i++) {
            symbol(inner.scope, n->items.items[i]->value)->flags |= SYM_PARAM;
            inner.scope->nparams++;
        }
    return n->kind == N_LAMBDA ? walk(&inner, n->a) : walk_list(&inner, &n->body);
}

/* data and text (data): a comprehension is a function of its own, as in
 * CPython 3.11, whose one parameter ".0" (n->value) is the first clause's
 * iterable; that iterable is evaluated in the enclosing scope, the rest of
 * the comprehension in its own. */
static bool comprehension(Walk *w, Node *n)
{
    static const struct { NodeKind kind; const char *name; } names[] = {
        {N_LISTCOMP, "<listcomp>"}, {N_SETCOMP, "<setcomp>"}, {N_DICTCOMP, "<dictcomp>"},
//> 5 scope_genexpr_name
        {N_GENEXP, "<genexpr>"},
//< 5 scope_genexpr_name
    };
    NodeList *clauses = &n->items;
    if (!walk(w, clauses->items[0]->b))
        return false;
    Walk inner = *w;
    inner.scope = n->scope;
    if (!w->resolving) {
        Object *scope_name = NULL;
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            if (names[i].kind == n->kind)
                scope_name = str_new(names[i].name);
        inner.scope = new_scope(w, SCOPE_FUNCTION, n, scope_name);
        decref(scope_name);
        symbol(inner.scope, n->value)->flags |= SYM_PARAM;
        inner.scope->nparams = 1;
    }
    inner.in_loop = false;
    for (size_t i = 0; i < clauses->count; i++) {
        Node *clause = clauses->items[i];
        if ((i > 0 && !walk(&inner, clause->b)) || !store(&inner, clause->a, 0) ||
            !walk_list(&inner, &clause->body))
            return false;
    }
//> 5 scope_genexp
    if (n->kind == N_GENEXP) { /* its loops as statements share the clauses' nodes */
        inner.scope->is_generator = true;
        if (!walk(&inner, n->body.items[0]->b))
            return false;
    }
//< 5 scope_genexp
    return walk(&inner, n->a) && (n->b == NULL || walk(&inner, n->b));
}

//> 5 scope_yield
static bool is_yield(const Node *n)
{
    return n != NULL && (n->kind == N_YIELD || n->kind == N_YIELD_FROM);
}

/* The value of a statement (`yield v`, `x = yield v`): its function is a
 * generator.  A yield anywhere else is outside the subset (walk). */
static bool walk_value(Walk *w, Node *value)
{
    if (!is_yield(value))
        return walk(w, value);
    if (w->scope->kind != SCOPE_FUNCTION)
        return fail(w, value, "'yield' outside function", NULL);
    w->scope->is_generator = true;
    return value->a == NULL || walk(w, value->a);
}
//< 5 scope_yield

/* global and nonlocal declarations, with CPython 3.11's errors. */
static bool declare(Walk *w, Node *n)
{
    bool global = n->kind == N_GLOBAL;
    const char *word = global ? "global" : "nonlocal";
    if (w->resolving)
        return true;
    if (!global && w->scope->kind == SCOPE_MODULE)
        return fail(w, n, "nonlocal declaration not allowed at module level", NULL);
    char message[SYNTAX_MESSAGE_MAX];
    for (size_t i = 0; i < n->items.count; i++) {
        Object *dname = n->items.items[i]->value;
        Symbol *sym = symbol(w->scope, dname);
        const char *problem = sym->flags & SYM_PARAM ? "name '%%s' is parameter and %s"
                            : sym->flags & SYM_ASSIGNED ? "name '%%s' is assigned to before %s declaration"
                            : sym->flags & SYM_USED ? "name '%%s' is used prior to %s declaration"
                            : sym->flags & (global ? SYM_NONLOCAL : SYM_GLOBAL)
                                ? "name '%%s' is nonlocal and global" : NULL;
        if (problem != NULL) {
            snprintf(message, sizeof message, problem, word);
            return fail(w, n, message, dname);
        }
        sym->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
        sym->declared = n;
    }
    return true;
}

static bool loop(Walk *w, Node *n)
{
    bool outer = w->in_loop;
    w->in_loop = true;
    bool ok = walk_list(w, &n->body);
    w->in_loop = outer;
    return ok && walk_list(w, &n->orelse);
}

static bool walk_dict(Walk *w, Node *n)
{
    for (size_t i = 0; i < n->items.count; i++)
        if (!walk(w, n->items.items[i]) || !walk(w, n->body.items[i]))
            return false;
    return true;
}

/* Children in the order CPython compiles them: the order in which a
 * function's locals first appear. */
static bool walk(Walk *w, Node *n)
{
    switch (n->kind) {
    case N_CONST: case N_PASS: case N_COMP_FOR: /* a clause is walked by its comprehension */
        return true;
    case N_NAME:
        return name(w, n, SYM_USED);
    case N_ATTR: case N_UNARY: case N_STARRED: case N_KEYWORD:
        return walk(w, n->a);
/*< 5 scope_expr_statement
    case N_EXPR:
        return walk(w, n->a);
*/
//> 5 scope_yield_statement
    case N_EXPR:
        return walk_value(w, n->a);
    case N_YIELD: case N_YIELD_FROM:
        return fail(w, n, YIELD_IN_EXPRESSION, NULL);
    case N_GENEXP:
        return comprehension(w, n);
//< 5 scope_yield_statement
    case N_SUBSCRIPT: case N_BINOP:
        return walk(w, n->a) && walk(w, n->b);
    case N_CALL:
        return walk(w, n->a) && walk_list(w, &n->items);
    case N_LIST: case N_TUPLE: case N_COMPARE: case N_AND: case N_OR: case N_SLICE: case N_SET:
    case N_IFEXP:
        return walk_list(w, &n->items);
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP:
        return comprehension(w, n);
    case N_FSTRING:
        return walk_list(w, &n->items);
    case N_FORMATTED:
        return walk(w, n->a) && (n->b == NULL || walk(w, n->b));
    case N_DICT:
        return walk_dict(w, n);
    case N_LAMBDA:
        return walk_def_parts(w, n) && nested(w, n, SCOPE_FUNCTION, NULL);
    case N_ASSIGN:
/*< 5 scope_assigned_value
        if (!walk(w, n->a))
            return false;
*/
//> 5 scope_assigned_yield
        if (!walk_value(w, n->a))
            return false;
//< 5 scope_assigned_yield
        for (size_t i = 0; i < n->items.count; i++)
            if (!store(w, n->items.items[i], 0))
                return false;
        return true;
    case N_AUGASSIGN:
        return store(w, n->a, SYM_USED) && walk(w, n->b);
    case N_DEL:
        for (size_t i = 0; i < n->items.count; i++)
            if (!store(w, n->items.items[i], 0))
                return false;
        return true;
    case N_BREAK:
        return w->in_loop || fail(w, n, "'break' outside loop", NULL);
    case N_CONTINUE:
        return w->in_loop || fail(w, n, "'continue' not properly in loop", NULL);
    case N_RETURN:
        if (w->scope->kind != SCOPE_FUNCTION)
            return fail(w, n, "'return' outside function", NULL);
        return n->a == NULL || walk(w, n->a);
    case N_GLOBAL: case N_NONLOCAL:
        return declare(w, n);
    case N_IF:
        return walk(w, n->a) && walk_list(w, &n->body) && walk_list(w, &n->orelse);
    case N_WHILE:
        return walk(w, n->a) && loop(w, n);
    case N_FOR:
        return walk(w, n->b) && store(w, n->a, 0) && loop(w, n);
    case N_DEF: case N_CLASS:
        if (!walk_def_parts(w, n))
            return false;
        if (n->kind == N_CLASS && !walk_list(w, &n->items))
            return false;  /* the bases, in the enclosing scope */
        if (w->resolving)
            resolve(w->scope, n->value, &n->name_kind, &n->slot);
        else
            symbol(w->scope, n->value)->flags |= SYM_ASSIGNED;
        return nested(w, n, n->kind == N_DEF ? SCOPE_FUNCTION : SCOPE_CLASS, n->value);
    case N_IMPORT:
        for (size_t i = 0; i < n->items.count; i++)
            store(w, n->items.items[i], 0);
        return true;
    case N_ASSERT:
        return walk(w, n->a) && (n->b == NULL || walk(w, n->b));
    case N_MODULE:
        return walk_list(w, &n->body);
    /* exceptions and with (exc) */
    case N_TRY:
        return walk_list(w, &n->body) && walk_list(w, &n->items) &&
               walk_list(w, &n->orelse) && (n->a == NULL || walk(w, n->a));
    case N_EXCEPT: case N_WITH:
        return (n->a == NULL || walk(w, n->a)) && (n->b == NULL || store(w, n->b, 0)) &&
               walk_list(w, &n->body);
    case N_FINALLY:
        return walk_list(w, &n->body);
    case N_RAISE:
        return (n->a == NULL || walk(w, n->a)) && (n->b == NULL || walk(w, n->b));
    }
    return true;
}

/* --- capture and layout ---------------------------------------------- */

/* A name read in s and bound nowhere in s: find the enclosing function that
 * binds it (class bodies are not enclosing scopes for this), mark it
 * captured there, and free in s and every scope between. */
static bool capture(Walk *w, Scope *s, Symbol *sym)
{
    Scope *binder = s->parent;
    for (; binder != NULL && binder->kind != SCOPE_MODULE; binder = binder->parent) {
        if (binder->kind == SCOPE_CLASS)
            continue;
        Symbol *there = find(binder, sym->name);
        if (there == NULL)
            continue;
        if (there->flags & SYM_GLOBAL)
            binder = NULL;
        if (there->flags & SYM_GLOBAL || is_local(there))
            break;
    }
    if (binder == NULL || binder->kind == SCOPE_MODULE)
        return !(sym->flags & SYM_NONLOCAL) ||
               fail(w, sym->declared, "no binding for nonlocal '%s' found", sym->name);
    Object *name = sym->name;
    find(binder, name)->flags |= SYM_CAPTURED;
    for (Scope *between = s; between != binder; between = between->parent)
        symbol(between, name)->flags |= SYM_FREE;
    return true;
}

static int by_name(const void *a, const void *b)
{
    const Symbol *x = *(Symbol *const *)a, *y = *(Symbol *const *)b;
    return strcmp(str_chars(x->name), str_chars(y->name));
}

/* Give the symbols matching `want` (and not `except`) the next slots; sorted
 * by name if `sorted`, else in order of first appearance. */
static void place(Scope *s, unsigned want, unsigned except, bool sorted, bool cells)
{
    Symbol **chosen = xcalloc((size_t)s->nsymbols, sizeof *chosen);
    int count = 0;
    for (int k = 0; k < s->nsymbols; k++) {
        Symbol *sym = &s->symbols[k];
        bool wanted = want == SYM_ASSIGNED ? is_local(sym) : (sym->flags & want) != 0;
        if (wanted && !(sym->flags & except) && sym->slot < 0)
            chosen[count++] = sym;
    }
    if (sorted)
        qsort(chosen, (size_t)count, sizeof *chosen, by_name);
    for (int i = 0; i < count; i++) {
        chosen[i]->slot = s->nslots;
        s->slot_names[s->nslots] = chosen[i]->name;
        s->slot_is_cell[s->nslots++] = cells;
    }
    free(chosen);
}

static void layout(Scope *s)
{
    s->slot_names = xcalloc((size_t)s->nsymbols, sizeof *s->slot_names);
    s->slot_is_cell = xcalloc((size_t)s->nsymbols, sizeof *s->slot_is_cell);
    if (s->kind == SCOPE_FUNCTION) {
        for (int k = 0; k < s->nparams; k++) {
            Symbol *sym = &s->symbols[k];
            sym->slot = k;
            s->slot_names[k] = sym->name;
            s->slot_is_cell[k] = (sym->flags & SYM_CAPTURED) != 0;
        }
        s->nslots = s->nparams;
        place(s, SYM_ASSIGNED, SYM_CAPTURED, false, false);
        place(s, SYM_ASSIGNED, 0, true, true);
    }
    s->first_free = s->nslots;
    /* A class body passes a captured variable through to its methods even
     * when it binds the same name itself (in its namespace, not a slot). */
    place(s, SYM_FREE, 0, true, true);
}

/* Where each free variable's cell is in the frame that runs the def. */
static void link_closure(Scope *s)
{
    int nfree = s->nslots - s->first_free;
    s->closure_from = xcalloc((size_t)nfree, sizeof *s->closure_from);
    for (int i = 0; i < nfree; i++)
        s->closure_from[i] = find(s->parent, s->slot_names[s->first_free + i])->slot;
}

bool scope_analyze(Node *module, ScopeError *error)
{
    error->message[0] = '\0';
    Walk w = {.error = error};
    new_scope(&w, SCOPE_MODULE, module, NULL);
    w.scope = module->scope;
    bool ok = walk(&w, module);
    for (Scope *s = w.all; s != NULL; s = s->next_in_program)
        for (int k = 0; k < s->nsymbols; k++) {
            Symbol *sym = &s->symbols[k];
            bool bound = s->kind == SCOPE_CLASS ? (sym->flags & SYM_ASSIGNED) : is_local(sym);
            bool free = (sym->flags & SYM_USED) && !bound && !(sym->flags & SYM_GLOBAL);
            if (s->kind != SCOPE_MODULE && (free || (sym->flags & SYM_NONLOCAL)) &&
                !capture(&w, s, sym))
                ok = false;
        }
    for (Scope *s = w.all; s != NULL; s = s->next_in_program)
        layout(s);
    for (Scope *s = w.all; s != NULL; s = s->next_in_program)
        if (s->kind != SCOPE_MODULE)
            link_closure(s);
    if (!ok)
        return false;
    w.resolving = true;
    w.scope = module->scope;
    return walk(&w, module);
}

void scope_free_all(Node *module)
{
    Scope *s = module->scope;
    while (s != NULL) {
        Scope *next = s->next_in_program;
        decref(s->name);
        decref(s->qualname);
        free(s->symbols);
        free(s->index);
        free(s->slot_names);
        free(s->slot_is_cell);
        free(s->closure_from);
        free(s);
        s = next;
    }
    module->scope = NULL;
}
