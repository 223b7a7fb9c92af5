from concurrent.futures import ThreadPoolExecutor

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {n: ex.submit(fib, n) for n in range(15, 20)}
    print({n: f.result() for n, f in futs.items()})
    print(sum(ex.map(fib, range(10))))
