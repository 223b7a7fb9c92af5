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
	path := filepath.Join(d, "log.txt")
	f, _ := os.Create(path)
	subprocess.Run([]string{"echo", "first"}, subprocess.Options{StdoutTo: f})
	f.Close()
	f, _ = os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	subprocess.Run([]string{"sh", "-c", "echo second; echo problem >&2"}, subprocess.Options{StdoutTo: f, Stderr: subprocess.STDOUT})
	f.Close()
	data, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	fmt.Println("['" + strings.Join(lines, "', '") + "']")
	in, _ := os.Open(path)
	r, _ := subprocess.Run([]string{"wc", "-l"}, subprocess.Options{StdinFrom: in, CaptureOutput: true, Text: true})
	in.Close()
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	os.Remove(path)
	os.Remove(d)
}
