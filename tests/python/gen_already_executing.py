# Chapter 5 (generators): a generator cannot be resumed while it runs.
def selfish():
    print("gi_running inside:", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 1

me = selfish()
print("gi_running outside:", me.gi_running)
print(next(me))
print(me.gi_running, me.gi_suspended)
