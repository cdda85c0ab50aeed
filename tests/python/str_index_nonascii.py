# Chapter 2 (the runner): indexing a string counts characters, not bytes
# A str holds code points: indexing, negative indexing, iteration and
# IndexError all count characters, also past ASCII.
s = "héllo"
print(len(s), s[1], s[2], s[-1], s[-4])
for ch in "añb":
    print(ch)
print(list("日本語"), "日本語"[1], "日本語"[-1])
print(repr("é"[0]), "é"[0] == "é")
