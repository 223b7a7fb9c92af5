import multiprocessing

def shout(conn):
    while True:
        data = conn.recv_bytes()
        if data == b"":
            break
        conn.send_bytes(data.upper())
    conn.close()

if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=shout, args=(child,))
    p.start()
    for word in (b"hello", b"bytes", "한글".encode()):
        parent.send_bytes(word)
        print(parent.recv_bytes())
    parent.send_bytes(b"")
    p.join()
    child.close()
    try:
        parent.recv_bytes()
    except EOFError:
        print("EOFError", p.exitcode)
