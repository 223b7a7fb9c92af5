import multiprocessing


def echo(conn):
    data = conn.recv()
    data["seen_by_child"] = True
    conn.send(data)
    conn.close()


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    msg = {"items": [1, 2]}
    a.send(msg)
    msg["items"].append(3)
    back = a.recv()
    p.join()
    print(msg)
    print(back)
    print(back == msg, back is msg)
