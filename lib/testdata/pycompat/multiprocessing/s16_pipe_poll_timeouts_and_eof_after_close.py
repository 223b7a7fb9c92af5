import multiprocessing as mp


def replier(conn):
    msg = conn.recv()
    conn.send(("echo", msg))
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    print("poll(0):", a.poll(0), "poll(0.2):", a.poll(0.2))
    p = mp.Process(target=replier, args=(b,))
    p.start()
    b.close()
    a.send([1, "two"])
    print("reply ready:", a.poll(30))
    print(a.recv())
    p.join()
    print("after child closed, poll:", a.poll(5))
    try:
        a.recv()
    except EOFError as e:
        print("EOFError", repr(str(e)))
    a.close()
    try:
        a.poll()
    except OSError as e:
        print("OSError:", e)
