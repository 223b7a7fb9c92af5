from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda i=i: i) for i in range(3)]
    for f in fs:
        f.result()
    for how in (FIRST_COMPLETED, FIRST_EXCEPTION):
        d, n = wait(fs, return_when=how)
        print(how, len(d), len(n))
    d, n = wait(fs, timeout=0)
    print("timeout=0", len(d), len(n))
