import multiprocessing

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        flags = pool.map(is_prime, range(2000), chunksize=100)
    primes = [n for n, f in zip(range(2000), flags) if f]
    print(len(primes), primes[:10], primes[-3:])
