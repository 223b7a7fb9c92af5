from concurrent.futures import ThreadPoolExecutor
import threading

barrier = threading.Barrier(3)
def who(i):
    barrier.wait()
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker") as ex:
    print(sorted(ex.map(who, range(3))))
