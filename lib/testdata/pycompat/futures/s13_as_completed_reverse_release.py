import concurrent.futures as cf, threading

gates = [threading.Event() for _ in range(4)]
def task(i):
    gates[i].wait()
    return i

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(task, i) for i in range(4)]
    gates[3].set()
    order = []
    for f in cf.as_completed(fs):
        i = f.result()
        order.append(i)
        if i > 0:
            gates[i - 1].set()
print(order)
