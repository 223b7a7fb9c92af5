package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s15")
	defer os.RemoveAll(d)
	outPath := filepath.Join(d, "out.txt")
	f, _ := os.Create(outPath)
	r, _ := subprocess.Run([]string{"printf", `c\nb\na\n`}, subprocess.Options{StdoutTo: f})
	f.Close()
	fmt.Println(r.Returncode, "None")
	f, _ = os.Open(outPath)
	r, _ = subprocess.Run([]string{"sort"}, subprocess.Options{StdinFrom: f, CaptureOutput: true, Text: true})
	f.Close()
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	f, _ = os.OpenFile(outPath, os.O_APPEND|os.O_WRONLY, 0)
	subprocess.Run([]string{"sh", "-c", "echo err-line >&2"}, subprocess.Options{StderrTo: f})
	f.Close()
	b, _ := os.ReadFile(outPath)
	fmt.Println("['" + strings.Join(strings.Fields(string(b)), "', '") + "']")
}
