# Chapter 2 (the runner): an AttributeError on a bound method
# A bound method looks attributes up on its function, so the message names
# 'function', not 'method'.
class A:
    def m(self):
        return 1

print(A().m())
A().m.missing
