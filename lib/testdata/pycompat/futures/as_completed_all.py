from concurrent.futures import ThreadPoolExecutor, as_completed

def task(n):
    return n * n

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(task, n): n for n in range(6)}
    got = []
    for f in as_completed(fs):
        got.append((fs[f], f.result()))
    print(sorted(got))
    print(len(got))
