# Chapter 2 (the runner): a TypeError from isinstance with a non-type second argument
# isinstance takes a type, a class or a tuple of them; an int inside the
# tuple is found once the earlier entries do not match.
print(isinstance(1, (str, int)))
print(isinstance(1, (str, 5)))
