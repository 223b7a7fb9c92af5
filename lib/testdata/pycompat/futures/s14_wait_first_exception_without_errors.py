from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(pow, 2, n) for n in range(5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    print([f.exception() for f in fs])
    done, not_done = wait([], return_when=FIRST_EXCEPTION)
    print(len(done) == 0 and len(not_done) == 0)
