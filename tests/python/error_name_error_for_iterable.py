# Chapter 2 (the runner): a NameError in the iterable of a for loop
# The iterable is evaluated once, before the first item.
for i in range(1):
    print(i)
for i in missing:
    print(i)
