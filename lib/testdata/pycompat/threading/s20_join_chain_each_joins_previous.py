import threading
import time

order = []
lock = threading.Lock()
threads = []

def step(i, prev):
    if prev is not None:
        prev.join()
    time.sleep(0.005 * (5 - i))
    with lock:
        order.append(i)

prev = None
for i in range(5):
    t = threading.Thread(target=step, args=(i, prev))
    threads.append(t)
    prev = t
for t in threads:
    t.start()
threads[-1].join()
print(order, [t.is_alive() for t in threads])
