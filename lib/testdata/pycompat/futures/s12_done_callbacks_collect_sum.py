from concurrent.futures import ThreadPoolExecutor
import threading

total = 0
lock = threading.Lock()
calls = []
def add(f):
    global total
    with lock:
        total += f.result()
        calls.append(f.done())

with ThreadPoolExecutor(max_workers=3) as ex:
    for i in range(1, 11):
        ex.submit(lambda n=i: n * n).add_done_callback(add)
print(total, len(calls), all(calls))
