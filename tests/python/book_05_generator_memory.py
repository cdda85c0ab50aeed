# Chapter 6 (its sys.getallocatedblocks is the allocator's; chapter 5
# shows it): the article's "use generator expressions",
# measured on the heap.  The same sum over a list comprehension and over a
# generator expression, the heap sampled every 500 items: the blocks
# the allocator has handed out (sys.getallocatedblocks, chapter 6) and the
# objects the collector tracks (gc.get_objects), which are as many either
# way: ints are not tracked.  Blocks are printed per item, rounded, so
# that python3 and minipy agree although their objects differ in size.
import gc
import sys

N = 20_000
EVERY = 500

start_blocks = start_objects = 0
peak_blocks = peak_objects = 0

def watched(n):
    global peak_blocks, peak_objects
    if n % EVERY == 0:
        peak_blocks = max(peak_blocks, sys.getallocatedblocks() - start_blocks)
        peak_objects = max(peak_objects, len(gc.get_objects()) - start_objects)
    return n

def per_item(blocks):
    """blocks / N, rounded to the nearest whole number."""
    return (blocks + N // 2) // N

def measure(name, summing):
    global start_blocks, start_objects, peak_blocks, peak_objects
    gc.collect()
    start_objects = len(gc.get_objects())
    start_blocks = sys.getallocatedblocks()
    peak_blocks = peak_objects = 0
    total = summing()
    left = sys.getallocatedblocks() - start_blocks
    print(name + ": blocks per item at the peak:", per_item(peak_blocks),
          "and after the sum:", per_item(left))
    return total, peak_objects

def over_a_list():
    return sum([watched(n) * n for n in range(N)])

def over_a_generator():
    return sum(watched(n) * n for n in range(N))

list_sum, list_objects = measure("list", over_a_list)
generator_sum, generator_objects = measure("generator", over_a_generator)
print("same sum:", list_sum == generator_sum)
print("as many tracked objects at the peak:", list_objects == generator_objects)
