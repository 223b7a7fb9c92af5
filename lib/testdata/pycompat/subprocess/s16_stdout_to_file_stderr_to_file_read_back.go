package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	d, _ := os.MkdirTemp("", "")
	outPath, errPath := filepath.Join(d, "out.txt"), filepath.Join(d, "err.txt")
	out, _ := os.Create(outPath)
	errf, _ := os.Create(errPath)
	r, _ := subprocess.Run([]string{"sh", "-c", "echo to-out; echo to-err >&2; exit 1"}, subprocess.Options{StdoutTo: out, StderrTo: errf})
	out.Close()
	errf.Close()
	fmt.Println(r.Returncode, "None", "None")
	o, _ := os.ReadFile(outPath)
	e, _ := os.ReadFile(errPath)
	fmt.Println(q(string(o)), q(string(e)))
	out, _ = os.OpenFile(outPath, os.O_APPEND|os.O_WRONLY, 0)
	subprocess.Run([]string{"echo", "appended"}, subprocess.Options{StdoutTo: out})
	out.Close()
	o, _ = os.ReadFile(outPath)
	fmt.Println("['" + strings.Join(strings.Fields(string(o)), "', '") + "']")
	in, _ := os.Open(outPath)
	r, _ = subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{StdinFrom: in, CaptureOutput: true, Text: true})
	in.Close()
	fmt.Println(q(string(r.Stdout)))
	os.Remove(outPath)
	os.Remove(errPath)
	os.Remove(d)
}
