import re
from concurrent.futures import Future, InvalidStateError, CancelledError

mask = lambda s: re.sub(r"Future at 0x[0-9a-f]+", "Future", s)
f = Future()
print(f.cancel(), f.cancelled(), f.done(), f.running())
for g in (lambda: f.set_result(1), lambda: f.set_exception(KeyError("k"))):
    try:
        g()
    except InvalidStateError as e:
        print("InvalidStateError:", mask(str(e)))
print(f.set_running_or_notify_cancel())
try:
    f.result(0)
except CancelledError as e:
    print("CancelledError", repr(str(e)))
try:
    f.exception(0)
except CancelledError as e:
    print("CancelledError", repr(str(e)))
print(mask(repr(f)))
