import multiprocessing


def child(conn):
    msg = conn.recv_bytes()
    conn.send_bytes(msg[::-1])
    conn.send(len(msg))
    conn.close()


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    print(a.poll(), b.poll(0))
    p = multiprocessing.Process(target=child, args=(b,))
    p.start()
    b.close()
    a.send_bytes(b"hello bytes")
    print(a.recv_bytes(), a.recv())
    p.join()
    print(a.poll(1), p.exitcode)
    try:
        a.recv_bytes()
    except EOFError:
        print("EOFError")
