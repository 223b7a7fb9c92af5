import threading
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(1, thread_name_prefix="calc") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
