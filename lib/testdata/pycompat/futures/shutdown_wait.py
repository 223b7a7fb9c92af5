from concurrent.futures import ThreadPoolExecutor
import time

results = []

def work(i):
    time.sleep(0.01)
    results.append(i)

ex = ThreadPoolExecutor(max_workers=2)
for i in range(6):
    ex.submit(work, i)
ex.shutdown(wait=True)
print(sorted(results))
ex.shutdown()
print("second shutdown is harmless")
