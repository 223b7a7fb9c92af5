from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown()
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
