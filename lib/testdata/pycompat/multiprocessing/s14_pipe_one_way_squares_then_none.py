import multiprocessing


def sender(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.send(None)
    conn.close()


if __name__ == "__main__":
    recv_end, send_end = multiprocessing.Pipe(duplex=False)
    print(recv_end.readable, recv_end.writable, send_end.readable, send_end.writable)
    p = multiprocessing.Process(target=sender, args=(send_end, 6))
    p.start()
    send_end.close()
    got = []
    while True:
        v = recv_end.recv()
        if v is None:
            break
        got.append(v)
    p.join()
    print(got, p.exitcode)
    try:
        recv_end.recv()
    except EOFError:
        print("EOFError after the sender closed")
