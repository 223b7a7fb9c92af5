import concurrent.futures as cf, threading

gate = threading.Event()
def task(i):
    if i > 0:
        gate.wait()
    return i * 100

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, i) for i in range(3)]
    for f in cf.as_completed(fs):
        print("first to finish:", f.result())
        break
    gate.set()
print("all done after the with block:", [f.result() for f in fs], all(f.done() for f in fs))
