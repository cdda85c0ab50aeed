# Chapter 2 (the runner): a syntax error: an unterminated triple-quoted string
# The string runs to the end of the file, over several lines.
print("never printed")
text = """first line
second line
