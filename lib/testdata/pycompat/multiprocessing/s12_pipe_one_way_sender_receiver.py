import multiprocessing

def sender(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.send("done")
    conn.close()

if __name__ == "__main__":
    recv_end, send_end = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=sender, args=(send_end, 4))
    p.start()
    got = []
    while (x := recv_end.recv()) != "done":
        got.append(x)
    p.join()
    print(got, recv_end.readable, recv_end.writable, send_end.readable, send_end.writable)
