# Chapter 2 (the runner): a syntax error: a triple-quoted string left open,
# its last line continued by a backslash: detected at that line (python3 3.11).
print("never printed")
text = """first line \
