import concurrent.futures as cf, threading

gate = threading.Event()
def slow(x):
    if x == 3:
        gate.wait()
    return x * 10

ex = cf.ThreadPoolExecutor(max_workers=4)
got = []
try:
    for r in ex.map(slow, [1, 2, 3, 4], timeout=0.05):
        got.append(r)
except cf.TimeoutError:
    print("TimeoutError after", got)
gate.set()
ex.shutdown()
print(list(ex._threads) == [] or True)
