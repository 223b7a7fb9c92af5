import multiprocessing

def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=add, args=(v, 200)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value)
    d = multiprocessing.Value("d", 1.5)
    print(d.value)
