import multiprocessing


def server(conn):
    while True:
        msg = conn.recv()
        if msg == "quit":
            conn.send("bye")
            break
        op, a, b = msg
        conn.send({"add": a + b, "mul": a * b, "sub": a - b}[op])
    conn.close()


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=server, args=(child,))
    p.start()
    for req in (("add", 2, 3), ("mul", 4, 5), ("sub", 1, 10)):
        parent.send(req)
        print(req, "->", parent.recv())
    parent.send("quit")
    print(parent.recv(), parent.poll(0.5))
    p.join()
    print(p.exitcode)
