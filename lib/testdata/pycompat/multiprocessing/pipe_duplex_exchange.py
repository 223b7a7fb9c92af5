import multiprocessing

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.send("bye")
    conn.close()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for m in (1, "two", [3], {"four": 4}):
        a.send(m)
        print(a.recv())
    a.send(None)
    print(a.recv())
    p.join()
    print(p.exitcode, a.poll(0.5))
    try:
        a.recv()
    except EOFError:
        print("EOFError")
