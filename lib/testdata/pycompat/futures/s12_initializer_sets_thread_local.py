from concurrent.futures import ThreadPoolExecutor
import threading

local = threading.local()
inits = []
lock = threading.Lock()
def init(prefix):
    local.tag = prefix + threading.current_thread().name
    with lock:
        inits.append(local.tag)

def work(x):
    return local.tag.startswith("w:"), x * 2

with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w:",)) as ex:
    print(list(ex.map(work, range(4))))
print(1 <= len(inits) <= 2, all(t.startswith("w:ThreadPoolExecutor-") for t in inits))
