# After CPython's Lib/test/lock_tests.py BarrierTests.test_reset.
import threading
import time

N = 5
barrier = threading.Barrier(N)
results1, results2, results3 = [], [], []
lock = threading.Lock()

def f():
    i = barrier.wait(30)
    if i == N // 2:
        while barrier.n_waiting < N - 1:
            time.sleep(0.001)
        barrier.reset()
    else:
        try:
            barrier.wait(30)
            with lock:
                results1.append(True)
        except threading.BrokenBarrierError:
            with lock:
                results2.append(True)
    barrier.wait(30)
    with lock:
        results3.append(True)

ts = [threading.Thread(target=f) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results1), len(results2), len(results3), barrier.broken)
