import multiprocessing

def writer(w):
    for i in range(3):
        w.send(i * 10)
    w.close()

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    for end, fn in ((r, lambda: r.send(1)), (w, lambda: w.recv())):
        try:
            fn()
        except OSError as e:
            print("OSError:", e)
    p = multiprocessing.Process(target=writer, args=(w,))
    p.start()
    print([r.recv() for _ in range(3)])
    p.join()
    print(r.readable, r.writable, w.readable, w.writable)
