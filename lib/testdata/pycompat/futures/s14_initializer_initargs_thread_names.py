import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
inits = []
lock = threading.Lock()


def init(prefix):
    local.tag = prefix + threading.current_thread().name
    with lock:
        inits.append(local.tag)


def tagged(x):
    return "%s:%d" % (local.tag, x)


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="w", initializer=init, initargs=("job@",)) as ex:
    print(list(ex.map(tagged, [1, 2, 3])))
print(inits)
