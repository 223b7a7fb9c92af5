package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo \"$GREETING $WHO\""}, subprocess.Options{Env: []string{"GREETING=hello", "WHO=world", "PATH=" + os.Getenv("PATH")}, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo \"[$GREETING]\""}, subprocess.Options{Env: []string{"PATH=" + os.Getenv("PATH")}, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: "/", CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"ls"}, subprocess.Options{Cwd: "/proc/self/fdinfo/..", CaptureOutput: true})
	fmt.Println(r.Returncode)
}
