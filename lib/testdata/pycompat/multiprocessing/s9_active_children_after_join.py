import multiprocessing, time

def nap():
    time.sleep(0.3)

if __name__ == "__main__":
    ps = [multiprocessing.Process(target=nap, name="n%d" % i) for i in range(2)]
    for p in ps:
        p.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    for p in ps:
        p.join()
    print(multiprocessing.active_children())
