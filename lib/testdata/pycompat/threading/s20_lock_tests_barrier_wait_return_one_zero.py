# After CPython's Lib/test/lock_tests.py BarrierTests.test_wait_return and
# test_action: per pass exactly one thread gets 0, the action runs once.
import threading

N = 5
passes = 3
actions = []
barrier = threading.Barrier(N, action=lambda: actions.append(True))
results = []
lock = threading.Lock()

def f():
    for _ in range(passes):
        r = barrier.wait(30)
        with lock:
            results.append(r)

ts = [threading.Thread(target=f) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results.count(0), sorted(set(results)), len(actions), len(results))
