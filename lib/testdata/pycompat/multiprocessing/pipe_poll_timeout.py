import multiprocessing

def late(conn, ev):
    ev.wait()
    conn.send("now")

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=late, args=(b, ev))
    p.start()
    print(a.poll(), a.poll(0.05))
    ev.set()
    print(a.poll(30), a.recv(), a.poll())
    p.join()
