# Chapter 2 (the runner): int literals in other bases
# Hexadecimal, octal and binary literals, either case of prefix, and
# underscores between digits.
print(0x1f, 0XFF, 0o17, 0O7, 0b101, 0B11)
print(1_000_000, 0x_ff, 0b_1010, 0o_777)
