import multiprocessing as mp

def add(v, step, times):
    for _ in range(times):
        with v.get_lock():
            v.value += step

if __name__ == "__main__":
    v = mp.Value("d", 0.0)
    ps = [mp.Process(target=add, args=(v, 0.5, 10)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, type(v.value).__name__, v)
