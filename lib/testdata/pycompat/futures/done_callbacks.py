from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
calls = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: gate.wait() and 5)
    f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
    f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
    gate.set()
    f.result()
print(calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)
