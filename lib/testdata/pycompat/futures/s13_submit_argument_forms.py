import concurrent.futures as cf

with cf.ThreadPoolExecutor() as ex:
    fs = [ex.submit(pow, 2, 10),
          ex.submit(sorted, [3, 1, 2], reverse=True),
          ex.submit("-".join, ["a", "b", "c"]),
          ex.submit(dict, a=1, b=2),
          ex.submit(max, 4, 9, 2, key=lambda v: -v)]
    for f in fs:
        print(f.result())
    done, not_done = cf.wait(fs, timeout=5)
    print(len(done), len(not_done))
    print(sum(1 for _ in cf.as_completed(fs, timeout=5)))
