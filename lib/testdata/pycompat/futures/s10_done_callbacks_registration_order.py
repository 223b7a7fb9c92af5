from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
order = []
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    for name in "abc":
        f.add_done_callback(lambda fut, name=name: order.append(name))
    gate.set()
f.add_done_callback(lambda fut: order.append("late"))
print(order, f.result())
