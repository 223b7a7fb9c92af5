from concurrent.futures import ThreadPoolExecutor, as_completed

print(list(as_completed([])))
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda i=i: i + 1) for i in range(3)]
    for f in fs:
        f.result()
    print(sorted(f.result() for f in as_completed(fs, timeout=0)))
