# Chapter 3 (generations): most objects die young, measured.  A server
# handles requests; the program runs the collections itself, every 100
# requests, so that CPython and minipy collect at the same moments.
import gc

REQUESTS = 20000
REQUESTS_PER_COLLECTION = 100
OLDER_EVERY = 10     # every 10th collection is of generation 1, every 100th of 2
REMEMBERED = 40      # how many past requests the server keeps


class Request:
    def __init__(self, number):
        self.number = number
        self.me = None


def handle(number, recent):
    request = Request(number)
    reply = [request.number, "ok"]
    if number % 10 == 0:
        request.me = request          # one in ten is left in a cycle
    if number % 50 == 0:
        recent.append(request)        # one in fifty is remembered a while
        if len(recent) > REMEMBERED:
            recent.pop(0)
    return len(reply)


def requests_by_generation():
    found = [[], [], []]
    for generation in range(3):
        for o in gc.get_objects(generation):
            if isinstance(o, Request):
                found[generation].append(o.number)
    return found


def total(lists):
    return len(lists[0]) + len(lists[1]) + len(lists[2])


def collect(generation, stats, oldest_seen):
    before = requests_by_generation()
    gc.collect(generation)
    after = requests_by_generation()
    for g in range(generation + 1):
        stats[generation][1] += len(before[g])
    stats[generation][0] += 1
    stats[generation][2] += total(before) - total(after)
    for g in range(3):
        for number in before[g] + after[g]:
            oldest_seen[number] = max(oldest_seen.get(number, -1), g)


def count_at_least(values, least):
    n = 0
    for value in values:
        if value >= least:
            n += 1
    return n


gc.disable()
gc.collect()
recent = []
stats = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]   # collections, examined, found
oldest_seen = {}   # request number -> the oldest generation it was seen in
for number in range(1, REQUESTS + 1):
    handle(number, recent)
    if number % REQUESTS_PER_COLLECTION == 0:
        n = number // REQUESTS_PER_COLLECTION
        if n % (OLDER_EVERY * OLDER_EVERY) == 0:
            collect(2, stats, oldest_seen)
        elif n % OLDER_EVERY == 0:
            collect(1, stats, oldest_seen)
        else:
            collect(0, stats, oldest_seen)

ages = oldest_seen.values()
print("Requests made:", REQUESTS)
print("  freed by reference counting before any collection:", REQUESTS - len(ages))
print("  examined by a collection:", len(ages))
print("  survived their first collection:", count_at_least(ages, 1))
print("  reached generation 2:", count_at_least(ages, 2))
print("  alive at the end:", len(recent))
for g in range(3):
    print("generation " + str(g) + ":", stats[g][0], "collections examined",
          stats[g][1], "Requests and found", stats[g][2], "unreachable")
