import concurrent.futures as cf, threading

gates = [threading.Event() for _ in range(4)]
finished = []
lock = threading.Lock()
def task(i):
    gates[i].wait()
    with lock:
        finished.append(i)
    if i > 0:
        gates[i - 1].set()
    return f"r{i}"

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    it = ex.map(task, range(4))
    gates[3].set()
    print(list(it))
print("finished in", finished)
