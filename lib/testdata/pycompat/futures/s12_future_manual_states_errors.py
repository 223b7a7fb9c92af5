from concurrent.futures import Future, InvalidStateError
import re

def short(x):
    return re.sub(r" at 0x[0-9a-f]+", "", str(x))

f = Future()
print(f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), f.done(), f.cancel())
try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError", short(e))
g = Future()
print(g.cancel(), g.cancel(), g.set_running_or_notify_cancel(), g.cancelled())
try:
    g.set_exception(ValueError("late"))
except InvalidStateError as e:
    print("InvalidStateError", short(e))
h = Future()
h.cancel()
try:
    h.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", short(e))
