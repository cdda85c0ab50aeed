# Chapter 2 (the runner): an uncaught exception from a user class, through
# three functions: the traceback names each, the last line its message.
class ValidationError(Exception):
    pass
def check(value):
    if value < 0:
        raise ValidationError("negative: " + str(value))
    return value
def load(values):
    total = 0
    for v in values:
        total = total + check(v)
    return total
print(load([1, 2]))
print(load([1, -2]))
