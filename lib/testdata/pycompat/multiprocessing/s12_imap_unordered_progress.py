import multiprocessing

def slow_square(x):
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        done = 0
        total = 0
        for r in pool.imap_unordered(slow_square, range(10), chunksize=2):
            done += 1
            total += r
        print(f"{done}/10 done, total {total}")
