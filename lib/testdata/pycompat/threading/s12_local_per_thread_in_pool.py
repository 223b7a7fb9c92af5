import threading
from concurrent.futures import ThreadPoolExecutor

data = threading.local()
def task(n):
    if not hasattr(data, "count"):
        data.count = 0
    data.count += 1
    return data.count

gate = threading.Barrier(2)
def first(n):
    gate.wait()
    return task(n)

with ThreadPoolExecutor(max_workers=2) as ex:
    a = sorted(ex.map(first, range(2)))
    print(a)
data.count = 100
print(data.count, hasattr(data, "other"))
def fresh():
    print("fresh thread sees count:", hasattr(data, "count"))
t = threading.Thread(target=fresh)
t.start(); t.join()
print(data.count)
