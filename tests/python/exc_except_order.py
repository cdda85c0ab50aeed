# Chapter 2 (the runner): clauses are tried in order, the first match wins,
# an unmatched exception goes on to the caller.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except (ArithmeticError, AssertionError):
        return "arithmetic or assertion"
print(classify(KeyError()))
print(classify(IndexError()))
print(classify(ZeroDivisionError()))
print(classify(AssertionError()))
try:
    classify(ValueError("unmatched"))
except ValueError as e:
    print("reached the caller:", e)
