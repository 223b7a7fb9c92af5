import multiprocessing as mp


def producer(conn, n):
    for i in range(n):
        conn.send(("msg", i, "x" * i))
    conn.send(None)
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=producer, args=(b, 50))
    p.start()
    got = []
    while True:
        m = a.recv()
        if m is None:
            break
        got.append(m)
    p.join()
    print(len(got), [m[1] for m in got] == list(range(50)), all(len(m[2]) == m[1] for m in got), got[3])
    print(p.exitcode)
