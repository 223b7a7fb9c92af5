import subprocess
r = subprocess.run(["echo", "이것은 subprocess입니다."])
print(r)
r = subprocess.run(["echo", "이것은 subprocess입니다."], capture_output=True, text=True)
print(r)
print(r.stdout.strip(), len(r.stdout))
r = subprocess.run(["echo", "한글"], capture_output=True)
print(r.stdout, len(r.stdout))
