import multiprocessing

def party(b, out):
    out.put(b.wait())

if __name__ == "__main__":
    b = multiprocessing.Barrier(3)
    out = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=party, args=(b, out)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = b.wait()
    got = sorted([mine] + [out.get() for _ in range(2)])
    for p in ps:
        p.join()
    print(got, b.parties, b.n_waiting, b.broken)
    b.abort()
    try:
        b.wait()
    except multiprocessing.BrokenBarrierError if hasattr(multiprocessing, "BrokenBarrierError") else Exception as e:
        print(type(e).__name__)
