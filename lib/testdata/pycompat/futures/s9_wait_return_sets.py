from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(lambda i=i: i * i) for i in range(5)]
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in done))
    r = wait(fs, return_when=ALL_COMPLETED)
    print(type(r).__name__, len(r.done), len(r.not_done))
