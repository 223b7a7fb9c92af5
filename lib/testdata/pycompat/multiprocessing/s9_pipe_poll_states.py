import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    print(a.poll(), a.poll(0.01))
    b.send(1)
    print(a.poll(), a.poll(1))
    a.recv()
    print(a.poll())
    r, w = multiprocessing.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
