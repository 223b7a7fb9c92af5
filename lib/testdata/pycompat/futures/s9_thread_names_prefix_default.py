from concurrent.futures import ThreadPoolExecutor
import threading

with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
