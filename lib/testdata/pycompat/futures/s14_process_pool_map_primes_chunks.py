from concurrent.futures import ProcessPoolExecutor


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
    nums = list(range(90, 110))
    with ProcessPoolExecutor(max_workers=2) as ex:
        flags = list(ex.map(is_prime, nums, chunksize=5))
    print([n for n, p in zip(nums, flags) if p])
    print(sum(flags), len(flags))
