from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

# pycompat: stderr

def init():
    raise ValueError("no config")

ex = ThreadPoolExecutor(max_workers=1, initializer=init)
f = ex.submit(lambda: "never")
e = f.exception()
print(type(e).__name__, e)
try:
    ex.submit(lambda: 1)
except BrokenThreadPool as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()
print("done")
