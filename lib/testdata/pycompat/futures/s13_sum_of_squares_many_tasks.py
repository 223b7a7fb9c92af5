from concurrent.futures import ThreadPoolExecutor, as_completed

def square(n):
    return n * n

with ThreadPoolExecutor(max_workers=8) as ex:
    fs = {ex.submit(square, n): n for n in range(100)}
    total = 0
    count = 0
    for f in as_completed(fs):
        total += f.result()
        count += 1
print(count, total, sum(n * n for n in range(100)))
