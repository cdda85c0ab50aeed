# Chapter 5 (generators): yields in nested loops, with break, continue and
# the loops' else clauses, resumed each time where they were.
def grid(n):
    for i in range(n):
        if i == 1:
            continue
        j = 0
        while j < n:
            if j > i:
                break
            yield (i, j)
            j += 1
        else:
            yield ("while else", i)
    else:
        yield "for else"

print(list(grid(3)))

def searching(items, wanted):
    for item in items:
        yield "looking at " + str(item)
        if item == wanted:
            yield "found"
            break
    else:
        yield "not found"
    yield "done"

print(list(searching([1, 2, 3], 2)))
print(list(searching([1, 2, 3], 9)))

def over_dict(d):
    for key in d:
        yield key
        d[key] += 1

d = {"a": 1, "b": 2}
print(list(over_dict(d)), d)
