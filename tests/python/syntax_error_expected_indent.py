# Chapter 2 (the runner): a syntax error: a block with no indented body
# A while header followed by an unindented line; nothing is printed.
print("never printed")
while False:
print("body")
