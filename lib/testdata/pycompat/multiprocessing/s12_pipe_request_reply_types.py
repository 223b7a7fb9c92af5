import multiprocessing

def server(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send({"len": len(msg), "rev": msg[::-1]})
    conn.close()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=server, args=(b,))
    p.start()
    for w in ["abc", "hello"]:
        a.send(w)
        r = a.recv()
        print(r["len"], r["rev"])
    a.send(None)
    p.join()
    print(p.exitcode, a.poll(0.1))
