import multiprocessing as mp

def echo(conn):
    while True:
        x = conn.recv()
        if x is None:
            conn.close()
            return
        conn.send(x * 2)

if __name__ == "__main__":
    a, b = mp.Pipe()
    print("empty:", a.poll(), a.poll(0), a.poll(-1), a.poll(0.05))
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for x in (21, "ab", [1, 2]):
        a.send(x)
        print("poll(5):", a.poll(5), "recv:", a.recv(), "poll(0) after:", a.poll(0))
    a.send(None)
    p.join()
    print("exitcode", p.exitcode)
