# Chapter 4: the program issue 17 asks for: classes with inheritance,
# f-strings, try/finally, with, default arguments, a property and
# weakref.WeakMethod, mixed as a tutorial mixes them.
import gc
import weakref


class Sensor:
    def __init__(self, name, unit="C", readings=None):
        self.name = name
        self.unit = unit
        self.readings = readings if readings is not None else []

    @property
    def latest(self):
        return self.readings[-1] if self.readings else None

    def record(self, value):
        self.readings.append(value)
        return f"{self.name}: {value}{self.unit}"


class Thermometer(Sensor):
    def __init__(self, name):
        super().__init__(name, unit="°C")

    def record(self, value):
        if value < -273:
            raise ValueError(f"{value} is below absolute zero")
        return super().record(value)


class Session:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"[{self.label}] open")
        return self

    def __exit__(self, kind, exc, tb):
        print(f"[{self.label}] close ({kind.__name__ if kind else 'ok'})")
        return False


t = Thermometer("kitchen")
callback = weakref.WeakMethod(t.record)
with Session("read"):
    for v in (21, 22, -300, 23):
        try:
            print(callback()(v))
        except ValueError as e:
            print("skipped:", e)
        finally:
            pass
print(f"latest={t.latest} count={len(t.readings)} unit={t.unit!r}")
try:
    with Session("fail"):
        t.record(-500)
except ValueError as e:
    print("after with:", e)
del t
gc.collect()
print("method alive:", callback() is not None)
