# Chapter 2 (the runner): a transfer that must not half-happen: try,
# except, else, finally, and re-raising with a note of what failed.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Wallet:
    def __init__(self, owner, amount):
        self.owner = owner
        self.amount = amount

    def take(self, n):
        if n > self.amount:
            raise InsufficientFunds(n, self.amount)
        self.amount -= n


log = []


def transfer(src, dst, n):
    try:
        src.take(n)
    except InsufficientFunds as e:
        log.append(f"failed: {e}")
        raise
    else:
        dst.amount += n
        log.append(f"moved {n}")
    finally:
        log.append("audit")


a, b = Wallet("a", 100), Wallet("b", 5)
transfer(a, b, 30)
try:
    transfer(b, a, 500)
except InsufficientFunds as e:
    print("caught:", e, e.needed - e.available)
print(a.amount, b.amount, log)
try:
    raise InsufficientFunds(1, 0) from None
except Exception as e:
    print(e.__cause__, e.__suppress_context__, repr(e))
