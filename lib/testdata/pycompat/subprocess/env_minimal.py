import subprocess

r = subprocess.run(["/bin/sh", "-c", 'echo "[$HOME][$ONLY]"; env | wc -l'], env={"ONLY": "1"}, capture_output=True, text=True)
print(r.stdout.split())
r = subprocess.run(["echo", "found without PATH"], env={}, capture_output=True, text=True)
print(r.stdout, end="")
