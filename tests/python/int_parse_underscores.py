# Chapter 2 (the runner): int() of strings with spaces, signs and underscores
# int() strips whitespace, takes a sign, and accepts single underscores
# between digits as literals do.
print(int(" 42 "), int("+7"), int("-0"), int("007"))
print(int("1_000"), int("-1_2_3"))
