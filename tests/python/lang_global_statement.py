# Chapter 2 (the runner): the global statement
# global makes a function's assignments go to the module; a function nested
# in one that declares a name global reads the module's name too.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def define():
    global created, other
    created = "made in define"
    other = 2


define()
print(created, other)


def outer():
    global shared
    shared = "outer's"

    def inner():
        return shared

    return inner


f = outer()
shared = "changed at module level"
print(f())


def delete_it():
    global created
    del created


delete_it()
define()
print(created)


class Keeper:
    global kept
    kept = "set from a class body"


print(kept)
