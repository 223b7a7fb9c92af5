from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    f = ex.submit(gate.wait, 30)
    f.add_done_callback(lambda fut: names.append(("before done", threading.current_thread().name)))
    gate.set()
    f.result()
    f.add_done_callback(lambda fut: names.append(("after done", threading.current_thread().name)))
print(sorted(names))
