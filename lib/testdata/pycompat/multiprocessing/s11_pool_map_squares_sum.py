import multiprocessing

def square(n):
    return n * n

if __name__ == "__main__":
    with multiprocessing.Pool(processes=3) as pool:
        squares = pool.map(square, range(1, 21))
        print(squares[:5], sum(squares))
        print(pool.apply(square, (12,)))
        print(sorted(pool.imap_unordered(square, [3, 1, 2])))
