# Chapter 2 (the runner): a TypeError from unary minus on a str
# Unary minus is defined for ints (and bools) only.
print(-5, +5, -True)
print(-"a")
