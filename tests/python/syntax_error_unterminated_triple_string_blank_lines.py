# Chapter 2 (the runner): a syntax error: a triple-quoted string left open
# before blank lines at the end of the file; python3 3.11 says it was
# detected at the last line, the blank ones counted, the final newline not.
print("never printed")
text = """first line


