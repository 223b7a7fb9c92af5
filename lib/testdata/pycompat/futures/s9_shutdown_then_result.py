from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: i * 3) for i in range(5)]
ex.shutdown(wait=True)
print([f.done() for f in fs])
print([f.result() for f in fs])
ex.shutdown()
print("second shutdown ok")
