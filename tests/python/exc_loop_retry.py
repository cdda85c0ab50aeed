# Chapter 2 (the runner): a tutorial's retry loop: try, count failures,
# give up after three with the last exception.
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("attempt " + str(attempts))
    return "connected"
result = None
for i in range(5):
    try:
        result = flaky()
        break
    except ConnectionError as e:
        print("retrying after", e)
print(result, attempts)
