from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED

done, not_done = wait([])
print(len(done), len(not_done))
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda i=i: i) for i in range(3)]
    for f in fs:
        f.result()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in as_completed(fs)))
print(list(as_completed([])))
