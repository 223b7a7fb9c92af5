import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(lambda i=i: i * i) for i in range(3)]
    for f in fs:
        f.result()
    print(sorted(f.result() for f in as_completed(fs, timeout=0)))
    slow = ex.submit(gate.wait, 30)
    got = []
    try:
        for f in as_completed(fs + [slow, slow], timeout=0):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e, sorted(got))
    try:
        for f in as_completed([slow], timeout=-1):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
    gate.set()
    print([f.result() for f in as_completed([slow], timeout=30)])
