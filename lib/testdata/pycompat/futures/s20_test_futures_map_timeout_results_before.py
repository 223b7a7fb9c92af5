# After CPython's Lib/test/test_concurrent_futures.py ExecutorTest.test_map_timeout.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

with ThreadPoolExecutor(3) as ex:
    results = []
    try:
        for i in ex.map(time.sleep, [0, 0, 1], timeout=0.3):
            results.append(i)
    except TimeoutError:
        print("TimeoutError")
    print(results)
