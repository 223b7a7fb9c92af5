import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
lock = threading.Lock()
gate = threading.Event()


def job(i):
    gate.wait(10)
    with lock:
        finished.append(i)


with ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(5):
        ex.submit(job, i)
    print("inside with, finished:", len(finished))
    gate.set()
print("after with, finished:", sorted(finished))
