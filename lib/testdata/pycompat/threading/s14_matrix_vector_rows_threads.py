import threading

matrix = [[i * 4 + j for j in range(4)] for i in range(5)]
vector = [1, 0, -1, 2]
result = [None] * len(matrix)


def row(i):
    result[i] = sum(a * b for a, b in zip(matrix[i], vector))


threads = [threading.Thread(target=row, args=(i,), name="row-%d" % i) for i in range(len(matrix))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
print([t.name for t in threads])
