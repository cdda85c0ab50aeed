# Chapter 2 (the runner): int() of the largest and smallest 64-bit ints
# Both ends of minipy's 64-bit range parse from strings, as they print.
print(int("9223372036854775807"), int("-9223372036854775807"))
smallest = -9223372036854775807 - 1
print(smallest, int(str(smallest)) == smallest)
print(int("-9223372036854775808"))
