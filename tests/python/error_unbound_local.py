# Chapter 2 (the runner): an UnboundLocalError
# A name assigned anywhere in a function is local to all of it, so reading
# it before the assignment fails even though a global of that name exists.
count = 10

def bump():
    print("in bump")
    count = count + 1
    return count

print(count)
bump()
