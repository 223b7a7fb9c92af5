import multiprocessing as mp
import threading


def party(b, q):
    try:
        q.put(("passed", b.wait(30)))
    except threading.BrokenBarrierError:
        q.put(("broken", None))


if __name__ == "__main__":
    b = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    while b.n_waiting < 2:
        pass
    b.abort()
    print(sorted(q.get() for _ in ps), b.broken, b.parties)
    for p in ps:
        p.join()
    b.reset()
    print("reset:", b.broken, b.n_waiting)
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = b.wait(30)
    got = sorted([q.get()[1] for _ in ps] + [mine])
    for p in ps:
        p.join()
    print("indices:", got)
