import subprocess, os, tempfile

print(subprocess.check_output(["pwd"], cwd="/", text=True), end="")
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "note.txt"), "w") as f:
        f.write("x")
    out = subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout
    print(out.split())
    print(subprocess.run("cat note.txt", shell=True, cwd=d, capture_output=True).stdout)
try:
    subprocess.run(["ls"], cwd="/no/such/dir/s10")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
