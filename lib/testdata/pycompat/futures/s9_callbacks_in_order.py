from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
log = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    for i in range(4):
        f.add_done_callback(lambda fut, i=i: log.append(i))
    gate.set()
print(log)
