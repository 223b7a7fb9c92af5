import multiprocessing, time

def nap(t):
    time.sleep(t)

if __name__ == "__main__":
    print(multiprocessing.active_children())
    ps = [multiprocessing.Process(target=nap, args=(0.3,), name="nap-%d" % i) for i in range(2)]
    for p in ps:
        p.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    for p in ps:
        p.join()
    print(multiprocessing.active_children())
