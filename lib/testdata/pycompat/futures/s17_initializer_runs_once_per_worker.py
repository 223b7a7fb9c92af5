import threading
from concurrent.futures import ThreadPoolExecutor

inits = []
lock = threading.Lock()

def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name))

with ThreadPoolExecutor(1, initializer=init, initargs=("t",), thread_name_prefix="w") as ex:
    rs = [ex.submit(pow, 2, i).result() for i in range(4)]
print(rs, inits)
