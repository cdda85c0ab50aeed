# Chapter 2 (the runner): `in` on strs holding a NUL character
# A str may hold "\x00" like any other character: the search compares every
# character, not a C string up to the first NUL.
print("a" in "abc", "" in "abc", "bc" in "abc")
print("\x00" in "abc", "\x00" in "a\x00c")
print("b\x00z" in "ab\x00cd", "b\x00c" in "ab\x00cd")
