from concurrent.futures import ThreadPoolExecutor
import time

results = []
try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        for i in range(4):
            ex.submit(lambda i=i: (time.sleep(0.01), results.append(i)))
        raise KeyError("oops")
except KeyError as e:
    print("KeyError", e)
print(sorted(results))
