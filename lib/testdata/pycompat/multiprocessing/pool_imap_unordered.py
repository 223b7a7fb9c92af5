import multiprocessing

def square(x):
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(sorted(pool.imap_unordered(square, range(10))))
        print(list(pool.imap(square, [])))
        print(sorted(pool.imap_unordered(square, [])))
