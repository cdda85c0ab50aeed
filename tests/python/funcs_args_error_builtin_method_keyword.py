# Chapter 2 (the runner): a built-in method that takes no keyword arguments
items = []
items.append(x=1)
