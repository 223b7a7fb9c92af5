# After CPython's Lib/test/lock_tests.py BarrierTests.test_timeout and
# test_default_timeout: one thread is late, the others' waits time out.
import threading
import time

N = 5
for default in (False, True):
    barrier = threading.Barrier(N, timeout=0.3) if default else threading.Barrier(N)
    errors = []
    lock = threading.Lock()

    def f():
        i = barrier.wait(30)
        if i == N // 2:
            time.sleep(0.6)
        try:
            if default:
                barrier.wait()
            else:
                barrier.wait(0.3)
        except threading.BrokenBarrierError:
            with lock:
                errors.append(i)

    ts = [threading.Thread(target=f) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(default, len(errors), barrier.broken)
