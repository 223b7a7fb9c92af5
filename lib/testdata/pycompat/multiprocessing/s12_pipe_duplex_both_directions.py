import multiprocessing

def echo_upper(conn):
    msg = conn.recv()
    conn.send(msg.upper())
    conn.send(len(msg))

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo_upper, args=(b,))
    p.start()
    a.send("ping pong")
    print(a.recv(), a.recv())
    p.join()
    print(a.poll(), p.exitcode)
