# Chapter 2 (the runner): printf-style formatting with %
# str % tuple fills each conversion in turn; str % dict fills %(name)s;
# any other value is the one argument.
print("%s has %d items" % ("list", 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c %r %a %%" % (255, 255, 255, 8, 8, 65, "z", "hi", "é"))
print("%.2f %10.3f %e %g %5s|%-5s|%.2s" % (3, 2, 12345, 7, "ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % [1, 2], "%s" % (None,))
print("%*d|%-*d|%.*s" % (5, 1, 4, 2, 2, "xyz"), "plain" % (), "%s" % {"a": 1})
print("%d%%" % 50, "%i" % True, "%5.1f%%" % 99, "%s and %r" % ("x", "x"))
row = "%-10s %5d"
print(row % ("alpha", 1))
print(row % ("beta", 22))
