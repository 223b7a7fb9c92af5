import threading
from concurrent.futures import Future, ThreadPoolExecutor

log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: log.append(("cb2", fut.result())))
f.set_result(5)
f.add_done_callback(lambda fut: log.append(("late", threading.current_thread().name)))
print(log)
ready = threading.Event()
with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    g = ex.submit(ready.wait, 30)
    names = []
    g.add_done_callback(lambda fut: names.append(threading.current_thread().name))
    ready.set()
print(names)
