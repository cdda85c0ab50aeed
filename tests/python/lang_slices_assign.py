# Chapter 2 (the runner): assigning to and deleting slices of a list
# A simple slice may be replaced by any number of items from any iterable;
# an extended one (a step other than 1) by exactly as many as it chooses.
numbers = list(range(10))
numbers[2:5] = ["two", "three"]
print(numbers)
numbers[:0] = [-2, -1]
print(numbers)
numbers[len(numbers):] = (100, 101)
print(numbers)
numbers[::3] = "abcde"
print(numbers)
del numbers[1:4]
print(numbers)
del numbers[::2]
print(numbers)
numbers[1:1] = range(3)
print(numbers)
numbers[5:2] = ["inserted"]
print(numbers)
numbers[:] = numbers
print(numbers)
numbers[::-1] = numbers
print(numbers)
del numbers[:]
print(numbers, len(numbers))
