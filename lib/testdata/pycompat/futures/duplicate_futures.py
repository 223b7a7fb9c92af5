from concurrent.futures import ThreadPoolExecutor, as_completed, wait

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: 1)
    g = ex.submit(lambda: 2)
    print(len(list(as_completed([f, f, g]))))
    done, not_done = wait([f, g, f, g])
    print(len(done), len(not_done))
