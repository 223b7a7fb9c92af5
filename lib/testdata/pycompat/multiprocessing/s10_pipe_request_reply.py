import multiprocessing

def server(conn):
    while True:
        msg = conn.recv()
        if msg == "bye":
            conn.send("closing")
            conn.close()
            return
        conn.send(msg[::-1] if isinstance(msg, str) else msg * 2)

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=server, args=(b,))
    p.start()
    for m in ["hello", 21, [1, 2], "bye"]:
        a.send(m)
        print(a.recv())
    p.join()
    b.close()
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    print(p.exitcode)
