import threading
import time
from concurrent.futures import ThreadPoolExecutor

order = []
lock = threading.Lock()

def task(i):
    time.sleep(0.01)
    with lock:
        order.append(i)
    return i

with ThreadPoolExecutor(max_workers=1) as ex:
    fs = [ex.submit(task, i) for i in range(5)]
    print([f.done() for f in fs].count(True) < 5)
print(order, all(f.done() for f in fs), [f.result() for f in fs])
