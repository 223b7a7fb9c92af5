import concurrent.futures as cf, threading

events = [threading.Event() for _ in range(3)]
def job(i):
    events[i].wait()
    return i

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    order = []
    it = cf.as_completed(fs)
    for i in (2, 0, 1):
        events[i].set()
        order.append(next(it).result())
    print(order)
