# Chapter 4 (weak references): weak references with callbacks, a weak cache
# that empties itself, and WeakMethod for a callback that must not keep
# its object alive.
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def show(self):
        return f"<{self.name}>"


log = []
pic = Image("cat.png")
r = weakref.ref(pic, lambda ref: log.append("gone"))
print(r() is pic, r().show())
del pic
print(r(), log)

cache = weakref.WeakValueDictionary()
images = [Image(f"{i}.png") for i in range(3)]
for image in images:
    cache[image.name] = image
print(sorted(cache.keys()))
del images[0]
print(sorted(cache.keys()), len(cache))


class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, method):
        self.handlers.append(weakref.WeakMethod(method))

    def click(self):
        for h in self.handlers:
            m = h()
            print("handler:", m() if m is not None else "dead")


button = Button()
viewer = Image("dog.png")
button.on_click(viewer.show)
button.click()
del viewer
button.click()
p = weakref.proxy(images[0])
print(p.name, p.show())
