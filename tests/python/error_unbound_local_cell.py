# Chapter 2 (the runner): an UnboundLocalError from a captured local read too early
# count is a cell (inner() captures it); reading it before it is assigned
# fails as for any local.
def outer():
    print(count)
    count = 1

    def inner():
        return count

    return inner


outer()
