from concurrent.futures import ThreadPoolExecutor
import os

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
for bad in (-1, -5):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
