# Chapter 5 (finalizers): gc.callbacks at exit: python3 3.11 starts its
# shutdown, the collector being on, with a collection that calls them once;
# none of its later collections do.
import gc

def report(phase, info):
    print("callback", phase, info["generation"])

gc.callbacks.append(report)
print("end of the program")
