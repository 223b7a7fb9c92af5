import multiprocessing, threading

if __name__ == "__main__":
    b = multiprocessing.Barrier(0)
    print(b.parties, b.n_waiting, b.broken)
    try:
        b.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        print("BrokenBarrierError")
    print(b.broken)
    b.reset()
    print(b.broken)
