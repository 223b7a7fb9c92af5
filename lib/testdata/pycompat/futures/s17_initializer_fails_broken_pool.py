from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import sys

def init():
    raise OSError("no resource")

ex = ThreadPoolExecutor(1, initializer=init)
f = ex.submit(pow, 2, 2)
try:
    f.result(timeout=30)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("submit BrokenThreadPool:", e)
print(f.done(), f.cancelled(), type(f.exception()).__name__)
ex.shutdown()
