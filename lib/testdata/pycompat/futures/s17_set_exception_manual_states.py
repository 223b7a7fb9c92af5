import re
from concurrent.futures import Future

f = Future()
f.set_exception(ValueError("manual"))
print(f.done(), f.cancelled(), f.running(), f.cancel())
try:
    f.result()
except ValueError as e:
    print("ValueError:", e)
print(type(f.exception()).__name__, f.exception())
print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))
