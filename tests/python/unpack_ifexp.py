# Chapter 2 (the runner): conditional expressions
# `x if c else y` evaluates only the branch its condition picks; it binds
# more loosely than `or`, chains to the right, and a lambda's body may be one.
def say(word):
    print(word)
    return word
print(say("then") if 1 < 2 else say("else"))
print(say("then") if [] else say("else"))
n = 0
sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
print(sign)
parity = lambda k: "even" if k % 2 == 0 else "odd"
print([parity(k) for k in range(3)])
print([k if k else -1 for k in range(3) if k != 1])
print(1 if 0 or 1 else 2, (1 if 0 else 2) + 10)
print(f"{'yes' if n == 0 else 'no'}")
class Falsy:
    def __bool__(self):
        raise ValueError("no truth")
try:
    print(1 if Falsy() else 2)
except ValueError as e:
    print(e)
