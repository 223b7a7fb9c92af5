import multiprocessing

def child(conn):
    msg = conn.recv()
    conn.send(msg.upper())
    conn.send([1, 2, 3])
    conn.close()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(b,))
    p.start()
    print(a.poll())
    a.send("hello")
    print(a.recv())
    print(a.recv())
    p.join()
    print(a.poll(0.05))
