# Chapter 2 (the runner): list comprehensions
# [expr for x in it if cond for y in it2]: the clauses nest left to right,
# each `if` filters the clause before it.
squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
print(evens)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
words = ["Memory", "is", "managed", "by", "refcounts"]
print([len(w) for w in words], [w for w in words if len(w) > 2])
matrix = [[row * 3 + col for col in range(3)] for row in range(3)]
print(matrix)
print([cell for row in matrix for cell in row if cell % 2])
print([c for c in "abc"], [k for k in {"x": 1, "y": 2}], [])
