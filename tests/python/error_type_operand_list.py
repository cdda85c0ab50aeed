# Chapter 2 (the runner): a TypeError from list minus list
# Lists support + but not -.
print([1] + [2])
print([1] - [2])
