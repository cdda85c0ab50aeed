# Chapter 2 (the runner): __len__ must return an int
class Broken:
    def __len__(self):
        return "3"

if Broken():
    print("never")
