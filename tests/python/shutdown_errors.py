# Chapter 5 (finalizers): errors at shutdown, in __del__, in a weak
# reference's callback and in a finalize object's call, are reported on
# stderr and change nothing: the exit status stays 0.
import weakref

class Failing:
    def __del__(self):
        print("__del__ raises")
        1 // 0

class Target:
    pass

def failing_callback(ref):
    print("callback raises")
    [][1]

def failing_call():
    print("finalize raises")
    {}["missing"]

f = Failing()
t = Target()
r = weakref.ref(t, failing_callback)
weakref.finalize(Target(), print, "never: its object died at once")
kept = Target()
weakref.finalize(kept, failing_call)
print("end of the program")
