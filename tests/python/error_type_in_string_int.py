# Chapter 2 (the runner): a TypeError from looking for an int in a str
# 'x in s' needs a str on the left when s is a str.
print("b" in "abc")
print(1 in "abc")
