from concurrent.futures import ProcessPoolExecutor

def count_primes(n):
    return sum(1 for k in range(2, n) if all(k % d for d in range(2, int(k ** 0.5) + 1)))

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(count_primes, [10, 100, 1000])))
        f = ex.submit(count_primes, 50)
        print(f.result(), f.done())
