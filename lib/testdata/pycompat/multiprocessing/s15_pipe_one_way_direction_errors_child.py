import multiprocessing


def produce(w, n):
    for i in range(n):
        w.send({"i": i, "sq": i * i})
    w.send(None)
    w.close()


if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = multiprocessing.Process(target=produce, args=(w, 5))
    p.start()
    got = []
    while True:
        msg = r.recv()
        if msg is None:
            break
        got.append(msg["sq"])
    p.join()
    print(got, p.exitcode)
    try:
        r.send("x")
    except OSError as e:
        print("send on read end:", type(e).__name__, e)
    try:
        w.recv()
    except OSError as e:
        print("recv on write end:", type(e).__name__, e)
