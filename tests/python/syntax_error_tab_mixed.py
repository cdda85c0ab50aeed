# Chapter 2 (the runner): a syntax error: tabs and spaces mixed
# A block indented with four spaces, then a line indented with a tab
# (CPython: TabError); nothing is printed.
print("never printed")
if True:
    x = 1
	y = 2
