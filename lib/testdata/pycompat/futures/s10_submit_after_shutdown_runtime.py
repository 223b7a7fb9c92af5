from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(pow, 2, 10)
ex.shutdown()
print(f.result())
try:
    ex.submit(pow, 2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
with ThreadPoolExecutor() as ex2:
    pass
try:
    ex2.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
