from concurrent.futures import ThreadPoolExecutor

try:
    ex = ThreadPoolExecutor(max_workers=0)
    print(ex.submit(lambda: "ran").result())
    ex.shutdown()
except ValueError as e:
    print("ValueError:", e)
