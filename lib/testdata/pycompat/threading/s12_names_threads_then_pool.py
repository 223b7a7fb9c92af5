import threading
from concurrent.futures import ThreadPoolExecutor

def job():
    return threading.current_thread().name

t = threading.Thread(target=job)
t.start(); t.join()
print(t.name)
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(job).result())
u = threading.Thread(target=job, name="custom")
v = threading.Thread(target=job)
print(u.name, v.name)
with ThreadPoolExecutor(max_workers=1) as ex2:
    print(ex2.submit(job).result())
