# Chapter 7. An exception kept with its traceback: the error log holds each
# exception, its __traceback__ holds the frame that raised it, and the
# frame holds that call's locals, here a batch of rows.  show_growth finds
# the rows, find_backref_chain the log; the fix keeps the message only.
# python3: /usr/bin/python3
import objgraph


class Row:
    pass


def rows(o):
    return type(o).__name__ == "Row"


errors = []


def import_batch(n):
    batch = [Row() for i in range(10)]
    try:
        raise ValueError("bad batch %d" % n)
    except ValueError as e:
        errors.append(e)  # e.__traceback__ -> the frame -> batch


objgraph.show_growth(filter=rows)
for n in range(20):
    import_batch(n)
objgraph.show_growth(filter=rows)
row = objgraph.by_type("Row")[0]
chain = objgraph.find_backref_chain(row, lambda o: o is errors)
print("kept by:", [type(o).__name__ for o in chain])
del chain, row

errors.clear()


def import_batch_fixed(n):
    batch = [Row() for i in range(10)]
    try:
        raise ValueError("bad batch %d" % n)
    except ValueError as e:
        errors.append(str(e))  # the message, not the frames


for n in range(20):
    import_batch_fixed(n)
print("after the fix:", objgraph.count("Row"), "rows alive,", len(errors),
      "errors logged")
print("grew:", objgraph.growth(filter=rows))
