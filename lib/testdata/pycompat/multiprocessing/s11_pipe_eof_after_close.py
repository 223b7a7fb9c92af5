import multiprocessing

def speak(conn):
    conn.send("only message")
    conn.close()

if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=speak, args=(child,))
    p.start()
    child.close()
    print(parent.recv())
    try:
        parent.recv()
    except EOFError:
        print("EOFError")
    p.join()
    print(p.exitcode)
