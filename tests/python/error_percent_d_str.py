# Chapter 2 (the runner): percent d str
# The error CPython 3.11 raises here, with its message.
print("%d" % "a")
