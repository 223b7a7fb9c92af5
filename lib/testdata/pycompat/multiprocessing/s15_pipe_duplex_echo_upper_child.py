import multiprocessing


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            conn.send("bye")
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(child,))
    p.start()
    child.close()
    for word in ["hello", "파이썬", "go"]:
        parent.send(word)
        print(word, "->", parent.recv())
    parent.send(None)
    print(parent.recv(), parent.poll(0.05))
    p.join()
    print(p.exitcode)
    try:
        parent.recv()
    except EOFError:
        print("EOFError")
