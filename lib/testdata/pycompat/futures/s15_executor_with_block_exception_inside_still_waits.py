import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
lock = threading.Lock()


def work(i):
    with lock:
        finished.append(i)
    return i


try:
    with ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(work, i) for i in range(4)]
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError:", e)
print(sorted(finished), all(f.done() for f in fs))
