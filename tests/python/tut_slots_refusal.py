# Chapter 2 (the runner): what a program sees of a class's attributes:
# getattr with defaults, hasattr, setattr, delattr, dir and vars.
class Config:
    debug = False

    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)


c = Config(host="localhost", port=8080)
print(getattr(c, "host"), getattr(c, "user", "nobody"), hasattr(c, "port"), hasattr(c, "x"))
print(vars(c), c.debug, Config.debug)
c.debug = True
print(c.debug, Config.debug, vars(c))
delattr(c, "port")
print(hasattr(c, "port"), sorted(vars(c)))
try:
    c.port
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(c) if not n.startswith("_")])
