from concurrent.futures import ThreadPoolExecutor
import threading

def name():
    return threading.current_thread().name

a = ThreadPoolExecutor(max_workers=1)
b = ThreadPoolExecutor(max_workers=1)
named = ThreadPoolExecutor(max_workers=1, thread_name_prefix="io")
c = ThreadPoolExecutor(max_workers=1)
print(c.submit(name).result())
print(b.submit(name).result())
print(named.submit(name).result())
print(a.submit(name).result())
for ex in (a, b, named, c):
    ex.shutdown()
with ThreadPoolExecutor() as d:
    print(d.submit(name).result())
