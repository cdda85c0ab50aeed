# Chapter 2 (the runner): an IndexError past the end of a non-ASCII string
# "ñ" is one character, so index 1 is out of range.
print("ñ"[0])
print("ñ"[1])
