from concurrent.futures import Future, InvalidStateError
import re

f = Future()
print("pending:", f.running(), f.done(), f.cancelled())
print("start:", f.set_running_or_notify_cancel())
print("running:", f.running(), f.done(), "cancel while running:", f.cancel())
f.set_result(42)
print("finished:", f.running(), f.done(), f.cancelled(), f.result(), f.exception())
for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError("x"))):
    try:
        call()
    except InvalidStateError as e:
        print("InvalidStateError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
print("cancel finished:", f.cancel())

g = Future()
print("cancel pending:", g.cancel(), g.cancel(), g.cancelled(), g.done())
print("start cancelled:", g.set_running_or_notify_cancel())
