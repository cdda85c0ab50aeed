# Chapter 2 (the runner): a syntax error: an unexpected indent
# A statement indented for no reason; nothing is printed.
print("never printed")
x = 1
    y = 2
