import multiprocessing as mp

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
    with mp.Pool(3) as pool:
        flags = list(pool.imap(is_prime, range(50), chunksize=5))
        print([n for n, p in zip(range(50), flags) if p])
        print(sum(pool.imap_unordered(is_prime, range(1000), chunksize=50)))
