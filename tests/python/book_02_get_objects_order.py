# Chapter 2 (the runner): survivors move to an older generation
# The book's block at chapters/02-cycles.md:401 (`import gc`, first/second/
# third lists); order()'s list comprehension is written as a loop. The
# order gc.get_objects() gives changes as the lists are promoted.
import gc

gc.disable()
first = []
second = [first]
third = [second]
del first, second

def order():
    names = {id(third): "third", id(third[0]): "second", id(third[0][0]): "first"}
    found = []
    for o in gc.get_objects():
        if id(o) in names:
            found.append(names[id(o)])
    return found

print("before:", order())
gc.collect()
print("after one collection:", order())
gc.collect()
print("after another:", order())
