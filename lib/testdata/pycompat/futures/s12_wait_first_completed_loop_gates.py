from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading

gates = [threading.Event() for _ in range(3)]
def job(i):
    gates[i].wait()
    return i

with ThreadPoolExecutor(max_workers=3) as ex:
    pending = {ex.submit(job, i) for i in range(3)}
    order = []
    for i in (1, 2, 0):
        gates[i].set()
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        order.append(sorted(f.result() for f in done))
    print(order, len(pending))
