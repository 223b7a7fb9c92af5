import multiprocessing

def add_many(lock, total, n):
    for _ in range(n):
        with lock:
            total.value += 1

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    total = multiprocessing.Value("i", 0, lock=False)
    ps = [multiprocessing.Process(target=add_many, args=(lock, total, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, lock.acquire(False))
    lock.release()
