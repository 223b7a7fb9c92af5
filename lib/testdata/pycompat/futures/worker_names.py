from concurrent.futures import ThreadPoolExecutor
import threading

barrier = threading.Barrier(3)

def who():
    barrier.wait()
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=3) as ex:
    names = [f.result() for f in [ex.submit(who) for _ in range(3)]]
print(sorted(names))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dl") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
