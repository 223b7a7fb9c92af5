import queue

def kth_smallest(stream, k):
    pq = queue.PriorityQueue()
    for x in stream:
        pq.put(-x)
        if pq.qsize() > k:
            pq.get()
    return -pq.get()

data = [7, 2, 9, 4, 4, 11, 0, 5]
print([kth_smallest(data, k) for k in range(1, 6)])
