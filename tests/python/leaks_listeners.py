# Chapter 7. Listeners never unregistered: every window ever opened stays
# subscribed to the bus, which keeps it alive through its bound method.
# objgraph.show_growth finds the windows, find_backref_chain the bus; the
# fix subscribes a weakref.WeakMethod, and weakref.finalize unsubscribes it.
# python3: /usr/bin/python3
import objgraph
import weakref


class EventBus:
    def __init__(self):
        self.listeners = []

    def subscribe(self, listener):
        self.listeners.append(listener)

    def publish(self, event):
        for listener in self.listeners:
            listener(event)


class Window:
    def __init__(self, bus):
        self.seen = 0
        bus.subscribe(self.on_event)

    def on_event(self, event):
        self.seen += 1


def windows(o):
    return type(o).__name__ in ("Window", "WeakWindow")


bus = EventBus()
objgraph.show_growth(filter=windows)
for i in range(30):
    Window(bus)  # opened, used, closed: no one keeps it but the bus
bus.publish("tick")
objgraph.show_growth(filter=windows)
window = objgraph.by_type("Window")[0]
chain = objgraph.find_backref_chain(window, lambda o: o is bus)
print("kept by:", [type(o).__name__ for o in chain])
del chain, window


class WeakBus(EventBus):
    """Holds each listener weakly; one that died is skipped."""

    def subscribe(self, listener):
        ref = weakref.WeakMethod(listener)
        self.listeners.append(ref)
        weakref.finalize(listener.__self__, self.listeners.remove, ref)

    def publish(self, event):
        for ref in self.listeners:
            listener = ref()
            if listener is not None:
                listener(event)


class WeakWindow(Window):
    pass


bus = WeakBus()
for i in range(30):
    WeakWindow(bus)
bus.publish("tick")
print("after the fix:", objgraph.count("WeakWindow"), "windows alive,",
      len(bus.listeners), "listeners")
objgraph.show_growth(filter=windows)
print("grew:", objgraph.growth(filter=windows))
