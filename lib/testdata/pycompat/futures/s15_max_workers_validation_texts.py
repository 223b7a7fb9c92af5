from concurrent.futures import ThreadPoolExecutor

for n in (0, -1, -5):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print(n, "ValueError:", e)
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(sum, [1, 2, 3]).result())
