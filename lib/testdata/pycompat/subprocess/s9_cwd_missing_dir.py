import subprocess

try:
    subprocess.run(["pwd"], cwd="/no/such/dir/s9")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
