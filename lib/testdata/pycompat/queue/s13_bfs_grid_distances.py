import queue

grid = ["..#.",
        ".##.",
        "....",
        "#.#."]
start = (0, 0)
dist = {start: 0}
q = queue.Queue()
q.put(start)
while not q.empty():
    r, c = q.get()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.put((nr, nc))
for r in range(4):
    print(" ".join(str(dist.get((r, c), "#" if grid[r][c] == "#" else "?")) for c in range(4)))
print("visited", len(dist), "queue empty", q.empty(), "unfinished", q.unfinished_tasks)
