# Chapter 2 (the runner): nonlocal rebinds a variable of the enclosing function
def make_counter(start=0):
    count = start
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return (increment, get)

pair = make_counter()
inc = pair[0]
get = pair[1]
inc()
inc(5)
print(get())
other = make_counter(10)
other[0]()
print(other[1](), get())
