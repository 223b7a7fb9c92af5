import multiprocessing

def sender(conn, words):
    for w in words:
        conn.send(w)
    conn.send(None)
    conn.close()

if __name__ == "__main__":
    recv_end, send_end = multiprocessing.Pipe(duplex=False)
    print(recv_end.readable, recv_end.writable, send_end.readable, send_end.writable)
    p = multiprocessing.Process(target=sender, args=(send_end, ["alpha", "beta", "gamma"]))
    p.start()
    got = []
    while True:
        x = recv_end.recv()
        if x is None:
            break
        got.append(x)
    p.join()
    print(got, p.exitcode)
