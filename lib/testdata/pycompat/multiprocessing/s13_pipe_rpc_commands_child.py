import multiprocessing as mp

def server(conn):
    while True:
        msg = conn.recv()
        op = msg[0]
        if op == "stop":
            conn.send("bye")
            conn.close()
            return
        a, b = msg[1], msg[2]
        if op == "add":
            conn.send(a + b)
        elif op == "mul":
            conn.send(a * b)
        elif op == "div":
            try:
                conn.send(a // b)
            except ZeroDivisionError as e:
                conn.send("error: " + str(e))
        else:
            conn.send("unknown " + op)

if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=server, args=(child,))
    p.start()
    for msg in [("add", 2, 3), ("mul", 4, 5), ("div", 7, 2), ("div", 1, 0), ("pow", 2, 2), ("stop",)]:
        parent.send(msg)
        print(msg[0], "->", parent.recv())
    p.join()
    print("exitcode", p.exitcode)
