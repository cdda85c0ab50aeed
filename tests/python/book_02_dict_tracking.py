# Chapter 2 (the runner): dicts are tracked lazily
# The book's block at chapters/02-cycles.md:221 (`import gc`, print of
# gc.is_tracked({}) ...), unchanged.
import gc

print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked({"b": {}}))

settings = {"name": "demo"}
settings["items"] = []
print("holding a list:", gc.is_tracked(settings))
del settings["items"]
print("list removed:", gc.is_tracked(settings))
gc.collect()
print("after a full collection:", gc.is_tracked(settings))
