from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(pow, 2, 10)
ex.shutdown()
ex.shutdown()
ex.shutdown(wait=False)
print(f.result(), f.done())
for call in (lambda: ex.submit(pow, 2, 2), lambda: ex.map(abs, [1])):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
