from concurrent.futures import ThreadPoolExecutor

for n in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print(n, "ValueError:", e)
ex = ThreadPoolExecutor(max_workers=1)
print(ex.submit(pow, 2, 10).result())
ex.shutdown()
try:
    ex.submit(pow, 2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
print("second shutdown is fine")
