import multiprocessing as mp


def sender(conn, ev):
    ev.wait(30)
    conn.send(["late", 1])
    conn.send_bytes(b"raw")
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    ev = mp.Event()
    p = mp.Process(target=sender, args=(b, ev))
    p.start()
    b.close()
    print(a.poll(), a.poll(0.05))
    ev.set()
    print(a.poll(30), a.recv(), a.recv_bytes())
    p.join()
    try:
        a.recv()
    except EOFError:
        print("EOFError", a.poll())
