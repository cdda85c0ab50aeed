# Chapter 2 (the runner): BaseException.__init__ called on something that
# is not an exception.
class E(Exception):
    pass
e = E()
BaseException.__init__(e, "set", "again")
print(e.args)
BaseException.__init__(5)
