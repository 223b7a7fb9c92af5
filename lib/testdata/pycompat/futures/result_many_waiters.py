from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
got = []
lock = threading.Lock()
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(lambda: gate.wait() and "value")

def waiter():
    r = f.result(timeout=10)
    with lock:
        got.append(r)

ts = [threading.Thread(target=waiter) for _ in range(4)]
for t in ts:
    t.start()
gate.set()
for t in ts:
    t.join()
print(got)
ex.shutdown()
