package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "")
	os.WriteFile(filepath.Join(d, "note.txt"), []byte("hello from cwd\n"), 0o644)
	r, _ := subprocess.Run([]string{"cat", "note.txt"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"pwd"}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true, Text: true})
	real, _ := filepath.EvalSymlinks(d)
	fmt.Println(pyBool(strings.TrimSpace(string(r.Stdout)) == real))
	r, _ = subprocess.Run([]string{"cat", "note.txt"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode, pyBool(string(r.Stdout) == ""))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
