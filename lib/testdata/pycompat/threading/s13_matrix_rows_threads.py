import threading

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 0, 1]]
B = [[1, 0], [0, 1], [2, 3]]
C = [None] * len(A)
def row(i):
    C[i] = [sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))]

ts = [threading.Thread(target=row, args=(i,), name=f"row-{i}") for i in range(len(A))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in C:
    print(r)
print([t.name for t in ts], threading.active_count())
