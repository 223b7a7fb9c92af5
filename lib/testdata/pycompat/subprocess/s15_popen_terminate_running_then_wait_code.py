import subprocess

p = subprocess.Popen(["sh", "-c", "echo ready; exec sleep 30"], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().strip(), p.poll())
p.terminate()
print(p.wait(timeout=10), p.returncode)
p2 = subprocess.Popen(["sleep", "30"])
p2.kill()
print(p2.wait(), p2.poll())
p2.kill()
print("second kill after exit is fine")
