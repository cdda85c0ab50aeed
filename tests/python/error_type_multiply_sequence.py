# Chapter 2 (the runner): a TypeError from multiplying two strs
# A sequence repeats an int number of times.
print("ab" * 2, 2 * [0])
print("ab" * "cd")
