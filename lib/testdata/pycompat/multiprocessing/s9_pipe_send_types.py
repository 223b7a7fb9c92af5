import multiprocessing

def echo(conn):
    while True:
        x = conn.recv()
        if x is None:
            break
        conn.send(x)
    conn.close()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    for v in (1, "two", 3.5, True, [1, 2]):
        a.send(v)
        print(repr(a.recv()))
    a.send(None)
    p.join()
