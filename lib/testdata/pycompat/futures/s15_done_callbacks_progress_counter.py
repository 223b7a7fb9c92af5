import threading
from concurrent.futures import ThreadPoolExecutor

done_count = 0
lock = threading.Lock()
log = []


def on_done(f):
    global done_count
    with lock:
        done_count += 1
        log.append((f.done(), f.cancelled(), f.exception() is None))


with ThreadPoolExecutor(4) as ex:
    fs = []
    for i in range(10):
        f = ex.submit(lambda i=i: i * i if i != 7 else 1 / 0)
        f.add_done_callback(on_done)
        fs.append(f)
print(done_count, sorted(set(log)))
print(sum(f.result() for f in fs if f.exception() is None))
