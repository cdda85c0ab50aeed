# Chapter 2 (the runner): try, except, else and finally, in the order
# they run for each way a body can end.
def attempt(n):
    try:
        print("try", n)
        if n == 1:
            raise ValueError("bad value")
        if n == 2:
            return "returned"
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally", n)
    return "fell through"
for n in range(3):
    print(attempt(n))
