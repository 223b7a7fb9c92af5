from concurrent.futures import ThreadPoolExecutor

log = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: 5)
    f.result()
    f.add_done_callback(lambda fut: log.append(("late", fut.result())))
    print(log)
    f.add_done_callback(lambda fut: log.append(("later", fut.done())))
print(log)
