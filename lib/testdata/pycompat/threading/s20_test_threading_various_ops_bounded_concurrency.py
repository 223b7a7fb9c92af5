# After CPython's Lib/test/test_threading.py ThreadTests.test_various_ops.
import re
import threading
import time

NUMTASKS = 10
sema = threading.BoundedSemaphore(value=3)
mutex = threading.RLock()
running = [0]
peak = [0]

def task(delay):
    with sema:
        with mutex:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(delay)
        with mutex:
            running[0] -= 1

threads = []
for i in range(NUMTASKS):
    t = threading.Thread(target=task, args=(0.01 * (i % 3),), name="<thread %d>" % i)
    threads.append(t)
    print(t.ident, re.sub(r"\d+\)>$", "N)>", repr(t)))
    t.start()
for t in threads:
    t.join()
print(all(not t.is_alive() for t in threads), all(t.ident for t in threads))
print([re.sub(r" -?\d+\)>$", " N)>", repr(t)) for t in threads[:2]])
print(peak[0] <= 3, running[0], sema._value)
