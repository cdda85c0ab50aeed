# Chapter 2 (the runner): f-strings
# A replacement field evaluates its expression where the string is; !r, !s
# and !a convert, a spec after ':' formats (and may hold fields itself),
# and {name=} shows the expression's text beside its value.
name = "gc"
count = 3
print(f"hello {name}!", f"{count} objects", f"{{braces}} {count}")
print(f"{name!r} {name!s} {'é'!a} {count:5}|{count:<5}|{count:^5}|{name:>6}")
width = 8
print(f"{count:{width}}|{name:*^{width}}|{count:0{width}b}")
print(f"{count=}", f"{count = }", f"{name=!s}", f"{count=:4}", f"{1 + 2=}")
print(f"{[1, 2][0]}" f"{ {'a': 1}['a'] }" "plain {x}" F"{count:x}")
print(rf"\n{count}", fr"{name}\t", f"\t{count}")
items = [1, 2, 3]
print(f"{len(items)} items: {items}, first {items[0]:03d}, {', '.join([str(i) for i in items])}")
print(f"""multi
{count}
line""")
print(f"{'nested' + f'{count}'}", f"{count, name}", f"{(lambda x: x * 2)(4)}")
