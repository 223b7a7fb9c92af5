import multiprocessing

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send({"got": msg["n"] * 2, "tag": msg["tag"]})
    conn.close()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    for n in range(3):
        a.send({"n": n, "tag": "t%d" % n})
        r = a.recv()
        print(r["got"], r["tag"])
    a.send(None)
    p.join()
    print(p.exitcode)
