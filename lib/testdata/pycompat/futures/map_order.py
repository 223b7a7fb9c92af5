from concurrent.futures import ThreadPoolExecutor
import time

def slow(x):
    time.sleep(0.01 * (5 - x))
    return x * 10

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow, range(5))))
