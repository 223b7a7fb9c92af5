import threading

memo = {}
lock = threading.RLock()


def fib(n):
    with lock:
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r


out = {}
ts = [threading.Thread(target=lambda k=k: out.__setitem__(k, fib(k))) for k in (10, 20, 30)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), len(memo))
