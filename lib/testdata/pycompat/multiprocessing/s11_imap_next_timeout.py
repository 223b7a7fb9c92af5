import multiprocessing, time

def slow_square(x):
    time.sleep(0.5)
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        it = pool.imap(slow_square, [4, 5])
        try:
            it.next(timeout=0.01)
        except multiprocessing.TimeoutError:
            print("TimeoutError")
        print(it.next(timeout=10), it.next(timeout=10))
        try:
            it.next(timeout=1)
        except StopIteration:
            print("StopIteration")
