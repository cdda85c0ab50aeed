# Chapter 2 (the runner): a NameError from deleting a global that is not defined
# A function deletes a global it declares; the second call finds it gone.
value = 1


def drop():
    global value
    del value


drop()
print("dropped")
drop()
