import multiprocessing

def echo(conn):
    while True:
        v = conn.recv()
        if v == "stop":
            break
        conn.send(v)

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    for v in [42, -7, 3.5, "text", None, True, [1, 2, 3], {"k": 1}, ""]:
        a.send(v)
        back = a.recv()
        print(repr(back), back == v)
    a.send("stop")
    p.join()
    print(p.exitcode)
