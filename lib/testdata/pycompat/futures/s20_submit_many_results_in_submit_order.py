import random
import time
from concurrent.futures import ThreadPoolExecutor

rng = random.Random(7)
delays = [rng.random() * 0.02 for _ in range(12)]

def slow_square(i):
    time.sleep(delays[i])
    return i * i

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(slow_square, i) for i in range(12)]
    print([f.result() for f in fs])
    print(all(f.done() for f in fs), sum(f.result() for f in fs))
