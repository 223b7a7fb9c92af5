from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=3)
fast = ex.submit(lambda: "fast")
fast.result()
slow1 = ex.submit(gate.wait)
slow2 = ex.submit(gate.wait)
got = []
try:
    for f in as_completed([fast, slow1, slow2], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
print(got)
gate.set()
print(sorted(str(f.result()) for f in as_completed([fast, slow1, slow2], timeout=10)))
ex.shutdown()
