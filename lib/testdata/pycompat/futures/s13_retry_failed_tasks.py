import concurrent.futures as cf, threading

attempts = {}
lock = threading.Lock()
def flaky(n):
    with lock:
        attempts[n] = attempts.get(n, 0) + 1
        a = attempts[n]
    if n % 3 == 0 and a < 2:
        raise ConnectionError(f"task {n} failed on attempt {a}")
    return n * 10

results = {}
todo = list(range(7))
rounds = 0
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    while todo:
        rounds += 1
        fs = {ex.submit(flaky, n): n for n in todo}
        todo = []
        for f in cf.as_completed(fs):
            n = fs[f]
            if f.exception() is not None:
                todo.append(n)
            else:
                results[n] = f.result()
print(rounds, sorted(results.items()), sorted(attempts.items()))
