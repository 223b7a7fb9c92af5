from concurrent.futures import ThreadPoolExecutor

seen = []

def cb(fut):
    exc = fut.exception()
    seen.append(("error", str(exc)) if exc else ("value", fut.result()))

def bad():
    raise RuntimeError("broken task")

with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(lambda: 42)
    b = ex.submit(bad)
    a.add_done_callback(cb)
    b.add_done_callback(cb)
    b.exception()
    a.result()
print(sorted(seen))
