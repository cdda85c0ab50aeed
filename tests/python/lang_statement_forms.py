# Chapter 2 (the runner): the forms a statement can take
# Several statements on a line with ';' (a trailing one too), a block on the
# same line as its header, chained assignment, empty class parentheses.
x = 1; y = 2;
print(x, y);
a = b = c = [x]
a.append(y)
print(a, b, c, a is c)
if x: print("one-line if"); print("and a second statement")
while y > 0: y -= 1
print(y)
for i in range(2): pass
print(i)


class Empty():
    pass


class OneLine: value = "v"


def short(n): return n * 2


print(type(Empty()).__name__, OneLine.value, short(21))
if x == 2: print("not taken")
else: print("one-line else")
for ch in "ab": print(ch); print(ch * 2)
else: print("loop over")
print("ab".startswith("abc"), "ab".endswith("zab"), "".startswith(""), "".endswith("a"))
