from concurrent.futures import ThreadPoolExecutor, as_completed

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(fs)))
    print(sorted(f.result() for f in as_completed(fs + fs)))
