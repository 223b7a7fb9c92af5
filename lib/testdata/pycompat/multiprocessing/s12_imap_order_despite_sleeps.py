import multiprocessing, time

def late(x):
    time.sleep(0.3 if x == 0 else 0.01)
    return x * 2

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(list(pool.imap(late, range(5))))
        print(sorted(pool.imap_unordered(late, range(5))))
        print(pool.map(late, [3, 0, 1]))
