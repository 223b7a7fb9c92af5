from concurrent.futures import Future
import re

def short(f):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(f))

f = Future()
print(short(f))
f.set_running_or_notify_cancel()
print(short(f))
f.set_result([1, 2])
print(short(f))
g = Future()
g.set_exception(ValueError("bad"))
print(short(g), g.done(), g.running())
h = Future()
h.set_result(None)
print(short(h), h.result())
c = Future()
c.cancel()
print(short(c))
