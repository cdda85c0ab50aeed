# Chapter 2 (the runner): a RecursionError through __init__ making another instance
# Each instance's __init__ makes one more.
class Chain:
    def __init__(self):
        self.next = Chain()


print("start")
Chain()
