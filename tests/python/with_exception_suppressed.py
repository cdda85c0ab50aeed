# Chapter 2 (the runner): __exit__ receives the exception; a true result
# swallows it, a false one lets it go on.
class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type, repr(exc), type(tb).__name__)
        return exc_type is not None and issubclass(exc_type, self.kind)
with Suppress(KeyError):
    {}["missing"]
print("after the swallowed KeyError")
try:
    with Suppress(KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("went on:", e)
with Suppress(KeyError):
    print("no exception")
