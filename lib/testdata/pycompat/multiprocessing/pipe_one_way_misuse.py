import multiprocessing

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    w.send("hello")
    print(r.poll(), r.recv(), r.poll())
    try:
        r.send("x")
    except OSError as e:
        print("OSError:", e)
    try:
        w.recv()
    except OSError as e:
        print("OSError:", e)
    w.close()
    print(w.closed)
    try:
        w.send(1)
    except OSError as e:
        print("OSError:", e)
