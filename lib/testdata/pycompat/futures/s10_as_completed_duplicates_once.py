from concurrent.futures import ThreadPoolExecutor, as_completed, wait

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(lambda: "x")
    g = ex.submit(lambda: "y")
    seen = [h.result() for h in as_completed([f, f, g, f])]
    print(sorted(seen))
    done, not_done = wait([f, f, g])
    print(len(done), len(not_done))
