# Chapter 7. What the whole heap holds just after start: our runner has a
# few dozen tracked objects, CPython 3.11 thousands (its functions, type
# dicts, modules and the 34 modules that start up with it, more once
# objgraph is imported).  The counts are ours, recorded in
# book_07_totals.expected; python3 prints its own.
# python3: /usr/bin/python3
import gc
import objgraph

print(len(gc.get_objects()), "tracked objects")
objgraph.show_most_common_types(limit=4)
