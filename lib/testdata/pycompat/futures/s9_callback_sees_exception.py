from concurrent.futures import ThreadPoolExecutor

log = []

def cb(f):
    log.append((f.done(), type(f.exception()).__name__, str(f.exception())))

def bad():
    raise IndexError("out of range")

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(bad)
    f.add_done_callback(cb)
print(log)
