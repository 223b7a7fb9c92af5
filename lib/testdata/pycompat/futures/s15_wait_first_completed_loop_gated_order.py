import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

gates = [threading.Event() for _ in range(4)]
with ThreadPoolExecutor(4) as ex:
    pending = {ex.submit(lambda i=i: gates[i].wait() and i) for i in range(4)}
    order = []
    for i in (2, 0, 3, 1):
        gates[i].set()
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        order.extend(f.result() for f in done)
    print(order, len(pending))
