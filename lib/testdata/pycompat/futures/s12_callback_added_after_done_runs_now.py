from concurrent.futures import ThreadPoolExecutor
import threading

log = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: 5)
    f.result()
    f.add_done_callback(lambda fut: log.append(("late", fut.result(), threading.current_thread() is threading.main_thread())))
    log.append("after add")
print(log)
