# Chapter 2 (the runner): __len__ must return an int >= 0
class Broken:
    def __len__(self):
        return -1

len(Broken())
