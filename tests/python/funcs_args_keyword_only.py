# Chapter 2 (the runner): keyword-only parameters, after * or *args
def connect(host, port=80, *, timeout, retries=3):
    return host + ":" + str(port) + " timeout=" + str(timeout) + " retries=" + str(retries)

print(connect("example.org", timeout=5))
print(connect("example.org", 8080, timeout=1, retries=0))
print(connect.__kwdefaults__)

def log(*messages, sep=" "):
    out = ""
    for m in messages:
        out = out + str(m) + sep
    return out

print(log(1, 2, 3))
print(log("a", "b", sep="-"))
