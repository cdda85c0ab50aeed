# Chapter 5 (finalizers): a traceback keeps the frame's locals alive after
# the function has returned: the big local dies only when the exception
# does, and then by reference counting.
import gc
gc.disable()
class Big:
    def __del__(self):
        print("Big freed")
def fail():
    big = Big()
    raise ValueError("with a big local")
def call():
    try:
        fail()
    except ValueError as e:
        return e
err = call()
print("function returned, exception kept:", err)
print(type(err.__traceback__.tb_next.tb_frame.f_locals["big"]).__name__)
del err
print("exception deleted")
