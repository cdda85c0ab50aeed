# Chapter 2 (the runner): a TypeError from adding an int to a str
# + on a str takes another str; the int is not converted.
print("a" + "b")
print("a" + 1)
