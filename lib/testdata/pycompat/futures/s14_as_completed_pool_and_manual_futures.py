import threading
from concurrent.futures import Future, ThreadPoolExecutor, as_completed

gate = threading.Event()
manual = Future()
with ThreadPoolExecutor(max_workers=2) as ex:
    pooled = ex.submit(lambda: gate.wait(10) and "pooled")
    fs = {pooled: "pool", manual: "manual"}
    timer = threading.Timer(0.05, manual.set_result, args=("manual",))
    timer.start()
    order = []
    for f in as_completed(fs, timeout=20):
        order.append((fs[f], f.result()))
        if fs[f] == "manual":
            gate.set()
    timer.join()
print(order)
