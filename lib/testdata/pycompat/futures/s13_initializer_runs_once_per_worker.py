import concurrent.futures as cf, threading

lock = threading.Lock()
inits = []
def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name))

b = threading.Barrier(3)
def task(i):
    b.wait()
    return threading.current_thread().name

with cf.ThreadPoolExecutor(max_workers=3, initializer=init, initargs=("w",), thread_name_prefix="pool") as ex:
    names = list(ex.map(task, range(3)))
    more = list(ex.map(lambda i: i * 2, range(6)))
print(sorted(inits))
print(sorted(names), more)
