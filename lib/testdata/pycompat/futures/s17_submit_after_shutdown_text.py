from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(pow, 2, 10)
ex.shutdown(wait=True)
print(f.result())
try:
    ex.submit(pow, 2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
print("second shutdown ok")
with ThreadPoolExecutor(1) as ex2:
    pass
try:
    ex2.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
