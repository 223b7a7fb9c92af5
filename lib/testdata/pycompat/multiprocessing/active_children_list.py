import multiprocessing

def wait_for(ev):
    ev.wait()

if __name__ == "__main__":
    ev = multiprocessing.Event()
    ps = [multiprocessing.Process(target=wait_for, args=(ev,), name="kid%d" % i) for i in range(3)]
    print(multiprocessing.active_children())
    for p in ps:
        p.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    ev.set()
    for p in ps:
        p.join()
    print(multiprocessing.active_children())
