# Chapter 2 (the runner): the runtime's own errors are exceptions a
# program can catch, by their class or a base, with CPython's messages.
def show(thunk):
    try:
        thunk()
    except LookupError as e:
        print("LookupError", type(e).__name__, repr(e), e.args)
    except (TypeError, NameError) as e:
        print("TypeError/NameError", type(e).__name__, e)
    except Exception as e:
        print("Exception", type(e).__name__, e)
show(lambda: {}["missing"])
show(lambda: [1, 2][5])
show(lambda: 1 + "a")
show(lambda: undefined_name)
show(lambda: 7 // 0)
show(lambda: int("x"))
show(lambda: None.attribute)
