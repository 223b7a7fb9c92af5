import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
inits = []
lock = threading.Lock()


def init(prefix, start):
    local.tag = prefix
    local.count = start
    with lock:
        inits.append(prefix)


def task(x):
    local.count += 1
    return f"{local.tag}:{x}"


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("db", 100)) as ex:
    print(list(ex.map(task, "abc")))
    print(ex.submit(lambda: local.count).result())
print(inits)
