from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

def job(i):
    if i == 2:
        raise KeyError(i)
    return i

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, i) for i in range(5)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    for f in fs:
        e = f.exception()
        print(f.done(), None if e else f.result(), type(e).__name__ if e else "-", repr(e) if e else "")
