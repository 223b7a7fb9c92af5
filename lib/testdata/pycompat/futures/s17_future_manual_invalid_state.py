import re
from concurrent.futures import Future, InvalidStateError

mask = lambda s: re.sub(r"Future at 0x[0-9a-f]+", "Future", s)
f = Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result([1, 2])
for g in (lambda: f.set_result(3), lambda: f.set_exception(ValueError("v"))):
    try:
        g()
    except InvalidStateError as e:
        print("InvalidStateError:", mask(str(e)))
print(f.result(), f.exception(), f.cancel(), f.done())
