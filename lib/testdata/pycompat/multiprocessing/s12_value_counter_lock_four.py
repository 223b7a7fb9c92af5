import multiprocessing

def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=bump, args=(v, 200)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, [p.exitcode for p in ps])
    f = multiprocessing.Value("d", 1.5)
    f.value *= 2
    print(f.value)
