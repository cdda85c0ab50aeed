# Chapter 2 (the runner): an exception class whose __init__ does not call
# the base's still has the call's arguments as args (BaseException.__new__
# sets them), and its str shows them.
class Failure(Exception):
    def __init__(self, code, detail):
        self.code = code
try:
    raise Failure(404, "not found")
except Failure as e:
    print(e.args, e.code, str(e), repr(e))
e = Failure(1, 2)
e.args = ("replaced",)
print(e, e.args)
