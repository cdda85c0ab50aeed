# Chapter 5 (finalizers): an import inside __del__ works in the collection
# that starts the shutdown, and fails in the one that frees the program's
# module (python3 3.11: "ImportError: sys.meta_path is None, Python is
# likely shutting down", reported on stderr); the rest of __del__ is lost.
class Importer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        import sys
        print("imported in", self.name)

g = Importer("garbage")
g.self = g
del g
kept = Importer("a global")
print("end of the program")
