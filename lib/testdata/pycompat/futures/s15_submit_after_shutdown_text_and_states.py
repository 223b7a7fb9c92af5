from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="svc")
f = ex.submit(lambda: "ok")
ex.shutdown(wait=True)
print(f.result(), f.done())
for attempt in range(2):
    try:
        ex.submit(lambda: "late")
    except RuntimeError as e:
        print("RuntimeError:", e)
ex.shutdown()
print("second shutdown fine")
try:
    list(ex.map(str, [1, 2]))
except RuntimeError as e:
    print("map:", e)
