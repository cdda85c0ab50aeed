# Chapter 7. A class-level registry: the class remembers every instance
# made, so none ever dies.  show_growth finds the sessions and
# find_backref_chain the class; the fix registers them in a weakref.WeakSet.
# CPython keeps a class's attributes in a dict, our classes in a table of
# their own, so the chain is printed without its dicts (section "Why is
# this alive?").
# python3: /usr/bin/python3
import objgraph
import weakref


class Session:
    registry = []

    def __init__(self, user):
        self.user = user
        Session.registry.append(self)


def sessions(o):
    return type(o).__name__ in ("Session", "WeakSession")


objgraph.show_growth(filter=sessions)
for user in range(40):
    Session(user)  # each request's session, done with when it returns
objgraph.show_growth(filter=sessions)
session = objgraph.by_type("Session")[0]
chain = objgraph.find_backref_chain(session, lambda o: o is Session)
print("kept by:", [type(o).__name__ for o in chain if type(o) is not dict])
del chain, session


class WeakSession:
    registry = weakref.WeakSet()

    def __init__(self, user):
        self.user = user
        WeakSession.registry.add(self)


Session.registry.clear()
for user in range(40):
    WeakSession(user)
print("after the fix:", objgraph.count("WeakSession"), "sessions alive,",
      len(WeakSession.registry), "registered")
print("grew:", objgraph.growth(filter=sessions))
