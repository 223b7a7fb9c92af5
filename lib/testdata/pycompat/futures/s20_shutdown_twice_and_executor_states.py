from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)
f = ex.submit(sum, [1, 2, 3])
ex.shutdown()
ex.shutdown()
ex.shutdown(wait=False)
ex.shutdown(cancel_futures=True)
print(f.result(), f.done())
with ThreadPoolExecutor(1) as ex2:
    g = ex2.submit(max, 4, 9)
ex2.shutdown()
print(g.result())
try:
    ex2.submit(min, 1, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
