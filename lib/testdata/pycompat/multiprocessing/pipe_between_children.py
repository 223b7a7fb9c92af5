import multiprocessing

def sender(conn):
    for i in range(3):
        conn.send(i * i)
    conn.send("end")
    conn.close()

def receiver(conn, q):
    got = []
    while True:
        m = conn.recv()
        if m == "end":
            break
        got.append(m)
    q.put(got)

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=sender, args=(a,)), multiprocessing.Process(target=receiver, args=(b, q))]
    for p in ps:
        p.start()
    print(q.get(timeout=30))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
