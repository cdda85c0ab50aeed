/* account.c: the allocation account.  Chapter 1.
 *
 * Every allocation and free of an object passes through here, so the totals
 * are exact: a test that ends with live_objects == 0 has proven that nothing
 * it made was lost or leaked. */
#include "account.h"

#include "debug.h"
#include "object.h"

static Account total;
/* Types that have allocated at least once, newest first. */
static Type *accounted_types;

void account_allocated(Type *type, size_t bytes)
{
    if (type->account.allocations == 0) {
        type->next_accounted = accounted_types;
        accounted_types = type;
    }
    type->account.allocations++;
    type->account.live_objects++;
    type->account.live_bytes += bytes;
    total.allocations++;
    total.live_objects++;
    total.live_bytes += bytes;
}

void account_freed(Type *type, size_t bytes)
{
    type->account.deallocations++;
    type->account.live_objects--;
    type->account.live_bytes -= bytes;
    total.deallocations++;
    total.live_objects--;
    total.live_bytes -= bytes;
}

Account account_total(void)
{
    return total;
}

void account_forget_type(Type *type)
{
    CHECK_NOT_NULL(type);
    for (Type **link = &accounted_types; *link; link = &(*link)->next_accounted) {
        if (*link == type) {
            *link = type->next_accounted;
            return;
        }
    }
}

/* Wide enough for the longest type name a report shows,
 * "builtin_function_or_method". */
#define TYPE_COLUMN "26"

void account_report(FILE *out)
{
    CHECK_NOT_NULL(out);
    fprintf(out, "%-" TYPE_COLUMN "s %10s %12s\n", "type", "live", "bytes");
    for (Type *t = accounted_types; t; t = t->next_accounted) {
        if (t->account.live_objects > 0)
            fprintf(out, "%-" TYPE_COLUMN "s %10zu %12zu\n", t->name,
                    t->account.live_objects, t->account.live_bytes);
    }
    fprintf(out, "%-" TYPE_COLUMN "s %10zu %12zu   (%zu allocated, %zu freed)\n", "total",
            total.live_objects, total.live_bytes, total.allocations,
            total.deallocations);
}
