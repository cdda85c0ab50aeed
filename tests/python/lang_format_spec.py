# Chapter 2 (the runner): the format-spec mini-language
# format(value, spec) for ints, bools and strs: fill and alignment, sign,
# alternate forms, zero padding, grouping, bases, and the float types
# applied to ints; other objects take only an empty spec.
specs = ["010,", "_b", "#_b", "_x", "^7", "*^8", "+", " ", "d", ".0%", ",.2f", "08.2f", "#x",
         "#o", "#X", "c", "e", "g", "G", "05", "<05", "=5", "#g", "08,", "09_b", "n"]
for spec in specs:
    print(repr(spec), repr(format(1234, spec)), repr(format(-97, spec)))
for spec in ["", ".1", "*>5s", "^5", "05", "<3"]:
    print(repr(spec), repr(format("ab", spec)), repr(format("é", spec)))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(5))
print(ascii("héllo\u2603\U0001F600\n"), ascii([1, "é"]), ascii(3))
