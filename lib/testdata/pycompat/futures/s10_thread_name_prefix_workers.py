from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Barrier(3)
def who():
    gate.wait()
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="dl") as ex:
    names = [ex.submit(who) for _ in range(3)]
    print(sorted(f.result() for f in names))
