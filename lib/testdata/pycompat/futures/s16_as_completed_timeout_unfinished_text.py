from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    fast = ex.submit(lambda: "fast")
    fast.result()
    slow = [ex.submit(gate.wait, 30) for _ in range(2)]
    got = []
    try:
        for f in as_completed([fast] + slow, timeout=0.3):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e, "| got", got)
    gate.set()
    print(sorted(str(f.result()) for f in as_completed(slow, timeout=30)))
