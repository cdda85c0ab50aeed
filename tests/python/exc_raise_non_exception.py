# Chapter 2 (the runner): raise of something that is not an exception.
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(e)
raise 42
