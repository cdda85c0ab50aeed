# Chapter 5 (generator expressions): a generator expression as a call's only
# argument needs no parentheses of its own; beside other arguments it does.
print(sum(x for x in range(4)))
print(sorted((x for x in "cab"), key=None))
print(list(zip((x for x in "ab"), (y for y in "cd"))))
print(tuple(i for i in range(3)))
