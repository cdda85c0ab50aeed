# Chapter 2 (the runner): if/elif/else, while/else, for/else, break, continue
# The else of a loop runs only when the loop was not left by break; return
# inside a loop leaves the function; one-line bodies work.
for x in range(4):
    if x == 0:
        print("zero")
    elif x == 1:
        print("one")
    elif x == 2:
        pass
    else:
        print("other", x)

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not printed")

i = 0
while i < 3:
    i += 1
else:
    print("while else", i)

for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
else:
    print("outer else", i)

for i in []:
    pass
else:
    print("empty for else")

def first_over(limit, values):
    for v in values:
        if v > limit:
            return v
    return None

print(first_over(3, [1, 5, 2, 9]), first_over(10, [1]))
if True: print("one-line if")
for k in range(2): print("one-line for", k)
def seven(): return 7
print(seven())
x = 1; y = 2; print(x + y)
