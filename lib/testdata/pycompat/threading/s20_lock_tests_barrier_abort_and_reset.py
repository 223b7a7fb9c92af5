# After CPython's Lib/test/lock_tests.py BarrierTests.test_abort_and_reset.
import threading

N = 5
barrier = threading.Barrier(N)
barrier2 = threading.Barrier(N)
results1, results2, results3 = [], [], []
lock = threading.Lock()

def f():
    try:
        i = barrier.wait(30)
        if i == N // 2:
            raise RuntimeError
        barrier.wait(30)
        with lock:
            results1.append(True)
    except threading.BrokenBarrierError:
        with lock:
            results2.append(True)
    except RuntimeError:
        barrier.abort()
    if barrier2.wait(30) == N // 2:
        barrier.reset()
    barrier2.wait(30)
    barrier.wait(30)
    with lock:
        results3.append(True)

ts = [threading.Thread(target=f) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results1), len(results2), len(results3), barrier.broken, barrier.n_waiting)
