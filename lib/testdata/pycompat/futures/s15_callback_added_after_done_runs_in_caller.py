import threading
from concurrent.futures import ThreadPoolExecutor

where = []
with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    f = ex.submit(lambda: 5)
    f.result()
    f.add_done_callback(lambda fut: where.append((threading.current_thread().name, fut.result())))
print(where)
