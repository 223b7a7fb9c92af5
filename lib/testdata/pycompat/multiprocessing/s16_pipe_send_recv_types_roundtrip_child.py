import multiprocessing as mp


def echo(conn):
    while True:
        obj = conn.recv()
        if obj == "stop":
            break
        conn.send((type(obj).__name__, obj))
    conn.close()


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for obj in (42, 2.5, "text", b"raw", [1, "a"], {"k": [1, 2]}, None, True):
        parent.send(obj)
        print(parent.recv())
    parent.send("stop")
    p.join()
    print("exitcode:", p.exitcode)
