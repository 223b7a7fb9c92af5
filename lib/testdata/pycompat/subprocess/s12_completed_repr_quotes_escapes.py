import subprocess
for args in (["echo", "it's"], ["printf", 'say "hi"\\n'], ["printf", "both ' and \"\\n"], ["printf", "tab\\there\\x01\\n"], ["printf", "back\\\\slash"]):
    print(subprocess.run(args, capture_output=True, text=True))
    print(subprocess.run(args, capture_output=True))
print(subprocess.run(["printf", "\\355\\225\\234"], capture_output=True))
print(subprocess.run("echo 'quoted' \"x\"", shell=True, capture_output=True, text=True))
