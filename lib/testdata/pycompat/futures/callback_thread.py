from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
where = []
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(gate.wait)
f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
gate.set()
f.result()
ex.shutdown()
f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
print(where)
