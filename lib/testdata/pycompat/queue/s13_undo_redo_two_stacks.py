import queue

undo, redo = queue.LifoQueue(), queue.LifoQueue()
text = ""
def do(s):
    global text
    undo.put(text)
    text += s
    while not redo.empty():
        redo.get()
def undo_():
    global text
    redo.put(text)
    text = undo.get_nowait()
def redo_():
    global text
    undo.put(text)
    text = redo.get_nowait()

for step in ["a", "b", "c", "U", "U", "R", "d", "R", "U"]:
    try:
        if step == "U":
            undo_()
        elif step == "R":
            redo_()
        else:
            do(step)
    except queue.Empty:
        print("nothing to", "redo" if step == "R" else "undo")
        undo.get_nowait()
    print(step, repr(text), undo.qsize(), redo.qsize())
