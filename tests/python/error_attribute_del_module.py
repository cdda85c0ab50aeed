# Chapter 2 (the runner): an AttributeError from deleting a module's missing attribute
# A module's attributes are its dict's entries: del removes one, and fails
# for a name it does not hold.
import gc

gc.mine = 1
del gc.mine
print(hasattr(gc, "mine"))
del gc.mine
