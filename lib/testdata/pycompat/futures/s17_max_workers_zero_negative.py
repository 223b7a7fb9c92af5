from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

for n in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print("ValueError:", e)
