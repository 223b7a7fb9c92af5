import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    b.send("last")
    b.close()
    print(a.recv())
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    print(b.closed, a.closed)
    a.close()
    print(a.closed)
