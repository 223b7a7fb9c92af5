import multiprocessing

def bump(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        counter = m.Value("i", 0)
        lock = m.Lock()
        ps = [multiprocessing.Process(target=bump, args=(counter, lock, 50)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(counter.value, counter)
