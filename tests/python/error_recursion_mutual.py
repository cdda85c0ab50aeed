# Chapter 2 (the runner): a RecursionError through mutual recursion
# ping and pong call each other with no end; the traceback's repeated lines
# are not compared, only the last line.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print("start")
ping(0)
