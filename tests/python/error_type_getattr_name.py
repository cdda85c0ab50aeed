# Chapter 2 (the runner): a TypeError from getattr with a name that is not a str
# getattr's second argument must be a str.
print(getattr("abc", "startswith")("a"))
getattr("abc", 1)
