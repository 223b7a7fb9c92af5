from concurrent.futures import ThreadPoolExecutor
import threading

local = threading.local()
inits = []

def init(tag, base):
    local.value = base
    inits.append(tag)

def task(x):
    return local.value + x

with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w", 100)) as ex:
    print([ex.submit(task, i).result() for i in range(3)])
    print(list(ex.map(task, [10, 20])))
print(inits)
