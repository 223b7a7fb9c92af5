from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(lambda i=i: i) for i in range(6)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), sorted(f.result() for f in done))
