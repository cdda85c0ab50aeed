# Chapter 2 (the runner): an exception raised in a handler keeps the one
# handled as __context__; raise ... from sets __cause__ and suppresses the
# context; from None suppresses it with no cause.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse " + text) from e
try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    try:
        {}["a"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError("fresh")
print(e.__context__, e.__cause__, e.__traceback__)
raise ValueError("bad") from 3
