/* account.h: the allocation account, what is alive, by type.  Chapter 1.
 * CPython has no single counterpart (sys.getallocatedblocks() and tracemalloc
 * come closest).  Tests end by asserting that nothing is left alive. */
#ifndef GC_ACCOUNT_H
#define GC_ACCOUNT_H

#include <stddef.h>
#include <stdio.h>

typedef struct Type Type;

typedef struct Account {
    size_t live_objects;
    size_t live_bytes;
    size_t allocations;
    size_t deallocations;
} Account;

void account_allocated(Type *type, size_t bytes);
void account_freed(Type *type, size_t bytes);

/* Totals over every type. */
Account account_total(void);

/* Forget a type that is going away (a class being freed); its figures stay
 * in the totals. */
void account_forget_type(Type *type);

/* Print one line per type that has live objects, then the totals. */
void account_report(FILE *out);

#endif
