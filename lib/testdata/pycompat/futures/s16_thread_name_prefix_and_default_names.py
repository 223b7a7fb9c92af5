from concurrent.futures import ThreadPoolExecutor
import threading

barrier = threading.Barrier(2)


def name():
    barrier.wait()
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="job") as ex:
    print(sorted(f.result() for f in [ex.submit(name), ex.submit(name)]))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
