# Chapter 5 (finalizers): a __del__ runs while an exception leaves a frame (the
# frame's locals go); the exception is kept aside while it runs, and goes on to
# end the program with its own traceback.
class C:
    def __del__(self):
        print("__del__ runs", [1, 2][0])

def fail():
    local = C()
    return [][1]

print("start")
fail()
