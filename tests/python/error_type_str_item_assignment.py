# Chapter 2 (the runner): a TypeError from assigning to a character of a str
# strs are immutable.
s = "abc"
print(s[0])
s[0] = "x"
