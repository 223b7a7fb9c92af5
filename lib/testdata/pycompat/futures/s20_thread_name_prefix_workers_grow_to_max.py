import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(3)

def who():
    barrier.wait(30)
    return threading.current_thread().name

with ThreadPoolExecutor(3, thread_name_prefix="grow") as ex:
    print(sorted(f.result() for f in [ex.submit(who) for _ in range(3)]))
    print(sorted(set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(6)))))
ex2 = ThreadPoolExecutor(1)
print(ex2.submit(lambda: threading.current_thread().name).result().endswith("_0"))
ex2.shutdown()
