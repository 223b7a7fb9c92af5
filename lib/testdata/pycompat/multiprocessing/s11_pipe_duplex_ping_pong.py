import multiprocessing

def ponger(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg * 2)

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=ponger, args=(b,))
    p.start()
    for m in (1, "ab", [1, 2]):
        a.send(m)
        print(a.recv())
    a.send("stop")
    print(a.recv(), a.poll(0.01))
    p.join()
    print(p.exitcode)
