# Chapter 5 (generator expressions): a generator expression is a generator
# function of its own, run lazily; several clauses and conditions nest.
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), next(squares))
print(list(squares), list(squares))
pairs = ((i, j) for i in range(3) if i != 1 for j in "ab" if j != "b" or i == 2)
print(list(pairs))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bcd", "ef"]))
print(sorted((c for c in "generator"), reverse=True))
print(list(x for x in (y * 2 for y in range(3))))
print("".join(c.upper() for c in "abc" if c != "b"))
