from concurrent.futures import ThreadPoolExecutor
import time

def slow(x):
    time.sleep((5 - x) * 0.01)
    return x * 10

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow, range(5))))
