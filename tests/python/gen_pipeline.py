# Chapter 5 (generators): a pipeline of generators, each pulling from the
# one before, one item at a time: the article's "use generators" advice.
def numbers(limit):
    n = 0
    while n < limit:
        print("produce", n)
        yield n
        n += 1

def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n

def labelled(source):
    for n in source:
        yield "item " + str(n)

for line in labelled(evens(numbers(5))):
    print(line)
