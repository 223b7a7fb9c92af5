import multiprocessing as mp, time

def party(b, q):
    q.put(b.wait())

if __name__ == "__main__":
    b = mp.Barrier(3)
    q = mp.Queue()
    print("parties", b.parties, "waiting", b.n_waiting, "broken", b.broken)
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    while b.n_waiting < 2:
        time.sleep(0.01)
    print("waiting", b.n_waiting)
    mine = b.wait(timeout=10)
    idx = sorted([mine, q.get(), q.get()])
    for p in ps:
        p.join()
    print("indices", idx, "waiting", b.n_waiting, "broken", b.broken, [p.exitcode for p in ps])
