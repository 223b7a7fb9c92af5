import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor

norm = lambda f: re.sub(r"0x[0-9a-f]+", "ADDR", repr(f))
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    running = ex.submit(gate.wait)
    pending = ex.submit(int)
    while not running.running():
        pass
    print(norm(running))
    print(norm(pending))
    pending.cancel()
    print(norm(pending))
    gate.set()
print(norm(running))
f = Future()
f.set_exception(ValueError("x"))
print(norm(f))
