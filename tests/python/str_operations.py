# Chapter 2 (the runner): string operations
# Concatenation, repetition, indexing (negative too), comparison, in, len,
# join, startswith, endswith, str() and repr() of other values.
s = "hello"
print(s + " world", s * 3, 3 * "ab", "x" * 0)
print(s[0], s[-1], s[4], len(s))
print("ell" in s, "z" in s, "" in s, "z" not in s)
print("a" < "b", "abc" < "abd", "Z" < "a", "ab" < "abc", "b" > "abc")
print("abc" == "abc", "abc" != "abd", "a" + "bc" == "abc")
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"))
print(s.startswith("he"), s.startswith("lo"), s.endswith("lo"), s.endswith(""))
print(str(None), str(True), str([1, "a"]), repr(5), repr(None))
print(sorted(["pear", "apple", "fig"]), min("cab"), max(["b", "a"]))
for ch in "abc":
    print(ch)
print(list("abc"), tuple("ab"), len(str(12345)))
t = "a"
t += "b"
t *= 2
print(t)
print(type(s), type(1), type(None), type([]), type(()), type({}), type(True))
print(isinstance(s, str), isinstance(1, str), isinstance(True, int))
