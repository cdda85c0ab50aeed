# Chapter 2 (the runner): a syntax error: a \N escape naming no character
# \N{...} escapes are outside minipy's subset; this name is unknown to Python
# too.
print("never printed")
x = "\N{NO SUCH CHARACTER NAME}"
