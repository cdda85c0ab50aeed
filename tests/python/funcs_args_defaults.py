# Chapter 2 (the runner): default values, evaluated once when the def runs
# A default is an object the function holds (in __defaults__): a mutable
# one is shared by every call that does not pass its own.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punctuation="?"))
print(greet(punctuation=".", name="Bob", greeting="Bye"))
print(greet.__kwdefaults__)
