from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=5) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(20)]
    total = sum(f.result() for f in fs)
print(total, all(f.done() for f in fs), len(fs))
