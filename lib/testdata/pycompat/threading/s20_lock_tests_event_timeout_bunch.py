# After CPython's Lib/test/lock_tests.py EventTests.test_timeout.
import threading
import time

evt = threading.Event()
N = 5
for phase in ("unset", "set"):
    results1, results2 = [], []
    lock = threading.Lock()

    def f():
        r1 = evt.wait(0.0)
        t1 = time.monotonic()
        r = evt.wait(0.2)
        dt = time.monotonic() - t1
        with lock:
            results1.append(r1)
            results2.append((r, dt >= 0.19 if not r else dt < 0.19))

    ts = [threading.Thread(target=f) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(phase, results1, sorted(set(results2)))
    evt.set()
