# Chapter 3 (generations): a survivor moves one generation older at each
# collection of its generation; collecting 1 collects 0 with it.
import gc


def generation_of(obj):
    for generation in range(3):
        for o in gc.get_objects(generation):
            if o is obj:
                return generation
    return None


def older_counts():
    counts = gc.get_count()
    return (counts[1], counts[2])


gc.disable()
gc.collect()
first = []
print("made:", generation_of(first))
gc.collect(0)
print("after collect(0):", generation_of(first), "counts of 1 and 2:", older_counts())
second = []
gc.collect(0)
print("after collect(0):", generation_of(first), generation_of(second),
      "counts:", older_counts())
third = []
gc.collect(1)
print("after collect(1):", generation_of(first), generation_of(second), generation_of(third),
      "counts:", older_counts())
gc.collect(2)
print("after collect(2):", generation_of(first), generation_of(second), generation_of(third),
      "counts:", older_counts())
