import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg * 2)
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for m in (1, "ab", [3]):
        a.send(m)
        print(a.recv())
    a.send("stop")
    print(a.recv())
    p.join()
    print(p.exitcode)
