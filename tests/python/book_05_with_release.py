# Chapter 5 (finalizers): with releases a resource at a known point; the
# same resource left to __del__ in a cycle is released only when the
# collector runs. The deterministic alternative to __del__.
import gc
gc.disable()
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        print("acquire", name)
    def close(self):
        if self.open:
            self.open = False
            print("release", self.name)
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.close()
    def __del__(self):
        self.close()
with Resource("with") as r:
    r.partner = r
    print("using", r.name)
print("after with: open is", r.open)
del r
leaked = Resource("del")
leaked.partner = leaked
del leaked
print("after del: nothing released yet")
gc.collect()
print("after collect")
