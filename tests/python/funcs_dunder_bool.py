# Chapter 2 (the runner): truth through __bool__, which must return a bool
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("asked")
        return self.on

print(bool(Flag(True)), not Flag(False))
if Flag(True) and Flag(False):
    print("both")
print(Flag(False) or "fallback")
while Flag(False):
    pass
assert Flag(True)
class Bad:
    def __bool__(self):
        return 1

if Bad():
    pass
