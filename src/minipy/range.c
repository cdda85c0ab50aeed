/* range.c: range objects, which for loops count with.  Chapter 2 (the
 * runner).  CPython: Objects/rangeobject.c.  An atomic object: it holds only
 * numbers. */
#include "minipy.h"

Type RangeType = {.name = "range", .basic_size = sizeof(Range)};

long range_length(const Object *op)
{
    const Range *r = (const Range *)op;
    if (r->step > 0 && r->start < r->stop)
        return (r->stop - r->start - 1) / r->step + 1;
    if (r->step < 0 && r->start > r->stop)
        return (r->start - r->stop - 1) / -r->step + 1;
    return 0;
}

long range_item(const Object *op, long index)
{
    const Range *r = (const Range *)op;
    return r->start + index * r->step;
}
