import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()
waiting = threading.Semaphore(0)


def party():
    waiting.release()
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
b.reset()
print(b.broken)
