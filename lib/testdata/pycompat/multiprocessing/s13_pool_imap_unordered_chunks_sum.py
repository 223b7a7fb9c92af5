import multiprocessing as mp

def square(x):
    return x * x

def length(s):
    return len(s)

if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(sum(pool.imap_unordered(square, range(20), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(6))))
        words = ["a" * i for i in range(50)]
        lens = pool.map(length, words, chunksize=7)
        print(sum(lens), lens[:5], lens[-1])
