import multiprocessing as mp


def child(w):
    for x in (1, "two", [3], {"four": 4}, None):
        w.send(x)
    w.close()


if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=child, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got, r.poll(), p.exitcode)
    a, b = mp.Pipe()
    print(a.readable, a.writable, b.poll(0))
    a.send_bytes(b"xyz")
    print(b.poll(1), b.recv_bytes(), b.poll(0))
