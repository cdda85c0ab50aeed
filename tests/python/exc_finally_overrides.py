# Chapter 2 (the runner): finally runs on return, break and continue; a
# return in finally wins over the exception under way, and an exception
# in finally replaces it, keeping it as __context__.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        print("finally", i)
def replace():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
