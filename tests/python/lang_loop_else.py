# Chapter 2 (the runner): for and while with else, break and continue
# The else block runs when the loop ends without break, also when the loop
# runs no time at all; continue skips to the next item.
for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for done")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while done", n)
while True:
    break
else:
    print("not printed")
while False:
    pass
else:
    print("while false else")


def find(items, wanted):
    for item in items:
        while item > 0:
            if item == wanted:
                return "found " + str(item)
            item -= 1
    else:
        return "missing"


print(find([1, 3], 2), find([1], 5), find([], 1))
for word in "ab":
    for letter in "xyz":
        if letter == "y":
            break
        print(word, letter)
    else:
        print("inner else")
else:
    print("outer else")
count = 0
for i in range(10):
    if i % 2:
        continue
    count += 1
print(count)
