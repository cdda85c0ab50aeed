# Chapter 5 (generators): yields in every part of a try: body, except
# clause, else, finally; a return inside a try with a finally; a finally
# that yields while an exception is pending.
def every_part(fail):
    try:
        yield "body"
        if fail:
            raise ValueError("failing")
    except ValueError as e:
        yield "except " + str(e)
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(every_part(False)))
print(list(every_part(True)))

def returns_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before the return")

print(list(returns_in_try()))
g = returns_in_try()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def pending_error():
    try:
        yield "start"
        raise KeyError("pending")
    finally:
        yield "in finally with an exception pending"

p = pending_error()
print(next(p))
print(next(p))
try:
    next(p)
except KeyError as e:
    print("the pending exception goes on:", repr(e))

def finally_overrides():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "finally wins"

f = finally_overrides()
next(f)
try:
    next(f)
except StopIteration as e:
    print(e.value)
