# Chapter 5 (generators): a generator cannot close or throw into itself
# while it runs; it can drop the last reference to itself and go on.
def closer():
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", e)
    yield "still running"

me = closer()
print(next(me))

def forgets():
    global holder
    holder = None
    yield "the frame goes on"
    print("resumed")

holder = forgets()
it = iter(holder)
print(next(it))
print(next(it, "done"))
