# Chapter 2 (the runner): sys.exc_info() inside a handler and outside one.
import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    info = sys.exc_info()
    print(info[0], info[1], type(info[2]).__name__)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])
print(sys.exc_info())
