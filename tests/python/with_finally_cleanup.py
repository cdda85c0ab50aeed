# Chapter 2 (the runner): try/finally as the explicit form of with: the
# cleanup runs even when the work fails.
log = []
def work(fail):
    log.append("open")
    try:
        if fail:
            raise ValueError("work failed")
        log.append("worked")
    finally:
        log.append("closed")
work(False)
try:
    work(True)
except ValueError as e:
    log.append("caught " + str(e))
print(log)
