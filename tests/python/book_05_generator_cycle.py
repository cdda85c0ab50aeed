# Chapter 5 (finalizers): PEP 442's motivating case.  A Task holds its own
# steps, a generator whose suspended frame holds the Task: job's waits in a
# try whose finally has not run, tally's in no block.  3.11 closes both in
# the collection, which runs job's finally and clears each frame, so the
# cycles fall apart by reference counting and the collection counts 0.
# The chapter also runs it with --legacy-finalizers (3.3's rule: job's
# generator lands in gc.garbage) and draws its collection with --dot.
import gc

class Task:
    def __init__(self, name):
        self.name = name

def run(task):
    try:
        yield "started " + task.name
    finally:
        print("finally of", task.name)

def count(task):
    yield "counting for " + task.name

def start(name, body):
    task = Task(name)
    task.steps = body(task)
    print(next(task.steps))

gc.disable()
start("job", run)
start("tally", count)
print("collected:", gc.collect())
print("in gc.garbage:", [type(x).__name__ for x in gc.garbage])
for generator in gc.garbage:
    generator.close()
gc.garbage.clear()
print("done")
