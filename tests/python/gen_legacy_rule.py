# Chapter 5 (CPython 3.3's PyGen_NeedsFinalizing, minipy's
# --legacy-finalizers): which suspended generators in cycles the legacy
# collector leaves in gc.garbage.  Only a block with something to do on
# the way out counts: a try (except or finally), an except clause, a with.
# Loops, ifs and a finally already running normally do not.
# python3 (3.11) has no such mode: gen_legacy_rule.expected records ours.
# minipy options: --legacy-finalizers
import gc

class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("__exit__")

def in_loop(me):
    for i in range(3):
        while True:
            if i == 0:
                yield "in_loop"

def in_try_except(me):
    try:
        yield "in_try_except"
    except KeyError:
        pass

def in_handler(me):
    try:
        raise KeyError("k")
    except KeyError:
        yield "in_handler"

def in_with(me):
    with Manager():
        yield "in_with"

def in_finally_clause(me):
    try:
        pass
    finally:
        yield "in_finally_clause"

def never_started(me):
    try:
        yield "never_started"
    finally:
        pass

class Box:
    pass

gc.disable()
for maker in (in_loop, in_try_except, in_handler, in_with, in_finally_clause, never_started):
    box = Box()
    box.gen = maker(box)
    if maker is not never_started:
        print("suspended", next(box.gen))
del box
gc.collect()
print(sorted(g.__name__ for g in gc.garbage))
for g in gc.garbage:
    g.close()
gc.garbage.clear()
g = None
gc.collect()
print("end")
