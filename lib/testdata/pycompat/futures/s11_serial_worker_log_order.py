import concurrent.futures as cf, threading

log = []
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as ex:
    for i in range(5):
        ex.submit(lambda i=i: log.append((i, threading.current_thread().name)))
print(log)
