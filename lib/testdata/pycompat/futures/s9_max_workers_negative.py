from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

try:
    ThreadPoolExecutor(max_workers=-1)
except ValueError as e:
    print("ValueError:", e)
