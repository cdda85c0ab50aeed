# Chapter 2 (the runner): the order an f-string evaluates its parts
# Fields are evaluated left to right; within a field the value comes first,
# then its spec's own fields, and only then is the value converted.
def show(label, value):
    print("eval", label)
    return value


class Loud:
    def __repr__(self):
        print("repr")
        return "Loud()"


print(f"{show('a', 1)}-{show('b', 2):{show('width', 3)}}-{Loud()!r:{show('spec', '>8')}}")
