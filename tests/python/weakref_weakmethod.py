# Chapter 4 (the runner): a bound method holds its object; WeakMethod does not
import gc
import sys
import weakref

class Button:
    def __init__(self, name):
        self.name = name
    def click(self):
        return self.name + " clicked"

b = Button("ok")
before = sys.getrefcount(b)
handler = b.click
print("a bound method adds", sys.getrefcount(b) - before, "reference to its object")
print(gc.get_referents(handler)[1] is b or gc.get_referents(handler)[0] is b)
wm = weakref.WeakMethod(b.click)
print("a WeakMethod adds", sys.getrefcount(b) - before - 1)
print(wm().__func__ is Button.click, wm().__self__.name)
print(wm() == handler, wm() is handler)
del handler
print("still alive:", wm() is not None)
del b
print("after del:", wm())
died = []
c = Button("cancel")
wm2 = weakref.WeakMethod(c.click, lambda ref: died.append(ref is wm2))
print(wm2().__self__.name)
del c
print(died, wm2())
print(type(wm2).__name__, callable(wm2))
r = weakref.ref(Button("tmp").click)
print("a plain weak reference to a bound method:", r())
weakref.WeakMethod(len)
