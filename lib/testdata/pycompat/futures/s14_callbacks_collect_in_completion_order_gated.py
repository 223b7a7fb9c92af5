import threading
from concurrent.futures import ThreadPoolExecutor

gates = [threading.Event() for _ in range(3)]
order = []
lock = threading.Lock()
all_done = threading.Semaphore(0)


def job(i):
    gates[i].wait(10)
    return i


def on_done(f):
    with lock:
        order.append(f.result())
    all_done.release()


with ThreadPoolExecutor(max_workers=3) as ex:
    for i in range(3):
        ex.submit(job, i).add_done_callback(on_done)
    for i in (2, 0, 1):
        gates[i].set()
        all_done.acquire()
print(order)
