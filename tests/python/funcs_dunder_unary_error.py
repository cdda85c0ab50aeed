# Chapter 2 (the runner): unary minus on a class without __neg__
class Plain:
    pass

-Plain()
