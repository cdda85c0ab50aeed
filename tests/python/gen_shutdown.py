# Chapter 5 (generators in memory): generators still suspended when the
# program ends, one alone and one in a cycle: the shutdown closes both,
# their finally blocks printing, as CPython 3.11's does.
class Holder:
    pass

def waiting(name):
    try:
        yield name
    finally:
        print("finally of", name)

alone = waiting("alone")
next(alone)
holder = Holder()
holder.gen = waiting("in a cycle")
holder.me = holder
next(holder.gen)
print("end of the program")
