# Chapter 2 (the runner): escape sequences in string literals
# Octal escapes (\0, \101), \x escapes above 0x7f (one code point each),
# \u and \U must give the characters Python gives, with the lengths and
# reprs Python prints (\N{...} is outside minipy's subset).
print(len("\0"), len("\012"), "\101\102" == "AB", repr("\0" + "7"), repr("\07"))
print(len("\xe9"), "\xe9" == "é", repr("\xe9"), repr("\x80"))
print(len("\u00e9"), "\u00e9" == "é", repr("caf\u00e9"))
print(len("\U0001F600"))
print(r"\u00e9", len(r"\x41"))
