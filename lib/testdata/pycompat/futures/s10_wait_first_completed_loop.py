from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import time

def job(n):
    time.sleep(0.01 * (n % 3))
    return n * 2

with ThreadPoolExecutor(max_workers=3) as ex:
    pending = {ex.submit(job, n) for n in range(7)}
    got = []
    rounds = 0
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        rounds += 1
        got.extend(f.result() for f in done)
print(sorted(got), 1 <= rounds <= 7)
