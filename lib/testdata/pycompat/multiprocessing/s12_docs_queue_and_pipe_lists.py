from multiprocessing import Process, Queue, Pipe

def fq(q):
    q.put([42, None, 'hello'])

def fp(conn):
    conn.send([42, None, 'hello'])
    conn.close()

if __name__ == '__main__':
    q = Queue()
    p = Process(target=fq, args=(q,))
    p.start()
    print(q.get())
    p.join()
    parent_conn, child_conn = Pipe()
    p = Process(target=fp, args=(child_conn,))
    p.start()
    print(parent_conn.recv())
    p.join()
