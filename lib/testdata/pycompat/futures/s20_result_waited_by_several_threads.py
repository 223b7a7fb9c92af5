import threading
from concurrent.futures import Future

f = Future()
got = []
lock = threading.Lock()

def waiter(i):
    r = f.result(timeout=30)
    with lock:
        got.append((i, r))

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
threading.Timer(0.05, f.set_result, args=("ready",)).start()
for t in ts:
    t.join()
print(sorted(got), f.done())
