import multiprocessing as mp

if __name__ == "__main__":
    a, b = mp.Pipe(duplex=False)
    print(a.readable, a.writable, b.readable, b.writable)
    for g in (lambda: a.send(1), b.recv, lambda: b.poll()):
        try:
            g()
        except OSError as e:
            print("OSError:", e)
    b.send({"k": [1, 2]})
    print(a.recv())
