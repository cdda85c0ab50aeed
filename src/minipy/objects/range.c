/* range.c: range objects, which for loops count with.  Chapter 2 (the
 * runner).  CPython: Objects/rangeobject.c.  An atomic object: it holds only
 * numbers. */
#include "minipy.h"

Type RangeType = {.name = "range", .basic_size = sizeof(Range)};

/* Lengths and items are computed in unsigned arithmetic: a range may span
 * all of 64 bits (its length does not fit in a long, though its items do). */
uint64_t range_length(const Object *op)
{
    const Range *r = (const Range *)op;
    if (r->step > 0 && r->start < r->stop)
        return ((uint64_t)r->stop - (uint64_t)r->start - 1) / (uint64_t)r->step + 1;
    if (r->step < 0 && r->start > r->stop)
        return ((uint64_t)r->start - (uint64_t)r->stop - 1) / (0 - (uint64_t)r->step) + 1;
    return 0;
}

long range_item(const Object *op, uint64_t index)
{
    const Range *r = (const Range *)op;
    return (long)((uint64_t)r->start + index * (uint64_t)r->step);
}

bool range_contains(const Object *op, long value)
{
    const Range *r = (const Range *)op;
    if (r->step > 0 ? value < r->start || value >= r->stop : value > r->start || value <= r->stop)
        return false;
    uint64_t distance = r->step > 0 ? (uint64_t)value - (uint64_t)r->start
                                    : (uint64_t)r->start - (uint64_t)value;
    uint64_t step = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return distance % step == 0;
}
