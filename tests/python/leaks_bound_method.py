# Chapter 7. A cycle through a bound method: a button that keeps its own
# bound method (self.handler = self.click) refers to itself, so reference
# counting never frees it; only a collection does, and with the collector
# off, or collections rare, buttons pile up.  gc.DEBUG_SAVEALL keeps what a
# collection found, objgraph counts it by type and draws the cycle; the
# fix holds the method weakly (weakref.WeakMethod), and the count is zero.
# python3: /usr/bin/python3
import gc
import objgraph
import weakref


class Button:
    def __init__(self, label):
        self.label = label
        self.handler = self.click

    def click(self):
        return self.label


class WeakButton(Button):
    def __init__(self, label):
        self.label = label
        self.handler = weakref.WeakMethod(self.click)


def buttons(o):
    return type(o).__name__ in ("Button", "WeakButton")


def buttons_and_methods(o):
    return buttons(o) or type(o).__name__ == "method"


gc.disable()
objgraph.show_growth(filter=buttons)
for i in range(25):
    Button(i).handler()
print("alive before a collection:", objgraph.count("Button"))
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
print("found by a collection:", objgraph.count("Button", gc.garbage),
      "buttons,", objgraph.count("method", gc.garbage), "methods")
objgraph.show_backrefs([objgraph.by_type("Button", gc.garbage)[0]],
                       max_depth=2, filter=buttons_and_methods,
                       filename="/tmp/leaks_bound_method.dot")
gc.set_debug(0)
gc.garbage.clear()
gc.collect()

for i in range(25):
    button = WeakButton(i)
    button.handler()()
del button
print("after the fix:", objgraph.count("WeakButton"), "buttons alive,",
      gc.collect(), "found by a collection")
gc.enable()
