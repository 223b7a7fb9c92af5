import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    b.send("last")
    b.close()
    print(a.recv())
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    r, w = multiprocessing.Pipe(duplex=False)
    w.send(42)
    print(r.recv())
    print(r.readable, r.writable, w.readable, w.writable)
