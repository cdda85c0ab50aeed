# Chapter 5 (generators): close() raises GeneratorExit at the yield, so the
# generator's finally blocks run, innermost first.
def reader(name):
    print("open", name)
    try:
        try:
            while True:
                yield name
        finally:
            print("inner finally of", name)
    finally:
        print("close", name)

r = reader("data")
print(next(r), next(r))
print(r.close())
print(r.close())
print(r.gi_frame)
r2 = reader("never started")
r2.close()
print("closing an unstarted generator runs nothing")
try:
    next(r2)
except StopIteration:
    print("and it is finished")
