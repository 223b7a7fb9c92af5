from concurrent.futures import Future
import re

f = Future()
f.set_running_or_notify_cancel()
f.set_exception(KeyError("missing"))
print(f.done(), type(f.exception()).__name__, str(f.exception()))
try:
    f.result(timeout=0)
except KeyError as e:
    print("result raised KeyError:", e)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))
g = Future()
g.set_result(None)
print(g.result(), g.exception(), re.sub(r" at 0x[0-9a-f]+", "", repr(g)))
