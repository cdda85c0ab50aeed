# Chapter 5 (generators): a suspended generator's frame and its locals, read
# through gi_frame while it waits.
def stepper(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

s = stepper(5)
print(s.gi_frame.f_locals)
next(s)
print(s.gi_frame.f_locals, s.gi_frame.f_lineno)
next(s)
print(sorted(s.gi_frame.f_locals.items()), s.gi_frame.f_lineno)
frame = s.gi_frame
for _ in s:
    pass
print(s.gi_frame, frame.f_locals["c"])
