# Chapter 2 (the runner): a tuple cannot be augmented
a, b += 1
