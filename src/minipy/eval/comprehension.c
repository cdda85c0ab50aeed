/* comprehension.c: running list, set and dict comprehensions.  Chapter 2
 * (the runner).  CPython: Python/compile.c (compiler_comprehension) and
 * the bytecode it emits.
 *
 * A comprehension runs in a frame of its own, as in CPython 3.11: its
 * target names are locals of that frame, gone when it returns, and the
 * result is built in place as the clauses loop, one nested loop per `for`. */
#include "interp.h"

#include "dict.h"
#include "error.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"
#include "set.h"

/* Add the element (and value) the innermost clause reached: a dict's key
 * is evaluated before its value, as CPython 3.8 and later do. */
static int add_element(Frame *f, Node *comp, Object *result)
{
    Object *element = eval(f, comp->a);
    if (element == NULL)
        return -1;
    int status = 0;
    if (comp->kind == N_LISTCOMP) {
        list_append(result, element);
    } else if (comp->kind == N_SETCOMP) {
        status = set_add(result, element);
    } else {
        Object *value = eval(f, comp->b);
        if (value == NULL || !check_hashable(element) || !dict_setitem(result, element, value))
            status = -1;
        xdecref(value);
    }
    decref(element);
    return status;
}

/* 1 if every condition of the clause holds, 0 if one does not, -1 on an
 * error. */
static int conditions_hold(Frame *f, Node *clause)
{
    for (size_t i = 0; i < clause->body.count; i++) {
        Object *test = eval(f, clause->body.items[i]);
        if (test == NULL)
            return -1;
        bool holds = is_true(test);
        decref(test);
        if (!holds)
            return 0;
    }
    return 1;
}

static int run_clause(Frame *f, Node *comp, size_t index, Object *iterable, Object *result);

/* One item of a clause's loop: bind it, filter, then go one clause deeper
 * or add the element. */
static int step(Frame *f, Node *comp, size_t index, Object *item, Object *result)
{
    Node *clause = comp->items.items[index];
    if (store_target(f, clause->a, newref(item)) < 0 || !take_step())
        return -1;
    int holds = conditions_hold(f, clause);
    if (holds <= 0)
        return holds;
    if (index + 1 == comp->items.count)
        return add_element(f, comp, result);
    Object *inner = eval(f, comp->items.items[index + 1]->b);
    if (inner == NULL)
        return -1;
    int status = run_clause(f, comp, index + 1, inner, result);
    decref(inner);
    return status;
}

static int run_clause(Frame *f, Node *comp, size_t index, Object *iterable, Object *result)
{
    Iter it;
    if (iter_start(&it, iterable) < 0)
        return -1;
    int status = 0;
    Object *item;
    while (status == 0 && (item = iter_next(&it)) != NULL) {
        status = step(f, comp, index, item, result);
        decref(item);
    }
    iter_end(&it);
    return status == 0 && error_occurred() ? -1 : status;
}

Object *run_comprehension(Frame *f, Node *code)
{
    Object *result = code->kind == N_LISTCOMP ? list_new()
                     : code->kind == N_SETCOMP ? set_new(NULL)
                                               : dict_new();
    if (run_clause(f, code, 0, f->slots[0], result) < 0) {
        decref(result);
        return NULL;
    }
    return result;
}
