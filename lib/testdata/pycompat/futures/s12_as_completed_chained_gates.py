from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gates = [threading.Event() for _ in range(4)]
def task(i):
    gates[i].wait()
    if i + 1 < len(gates) and i != 3:
        pass
    return i * 10

order = [2, 0, 3, 1]
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(task, i): i for i in range(4)}
    gates[order[0]].set()
    seen = []
    for k, f in enumerate(as_completed(fs)):
        seen.append((fs[f], f.result()))
        if k + 1 < len(order):
            gates[order[k + 1]].set()
print(seen)
