from concurrent.futures import ThreadPoolExecutor, as_completed

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(sum, range(i)) for i in range(100)]
    total = sum(f.result() for f in as_completed(fs))
print(total)
