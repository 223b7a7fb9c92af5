from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

calls = []


def init(tag):
    calls.append(tag)
    raise RuntimeError("no database")


ex = ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("db",))
f = ex.submit(pow, 2, 10)
try:
    f.result()
except BrokenThreadPool as e:
    print("result:", type(e).__name__, "-", e)
print("done:", f.done(), "cancelled:", f.cancelled())
print("exception type:", type(f.exception()).__name__)
try:
    ex.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()
print("initializer calls:", calls)
