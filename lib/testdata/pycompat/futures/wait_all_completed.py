from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

def boom():
    raise ValueError("x")

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda i=i: i * i) for i in range(5)] + [ex.submit(boom)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in done if f.exception() is None))
    print([str(f.exception()) for f in done if f.exception() is not None])
