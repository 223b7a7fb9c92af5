package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s20")
	defer os.RemoveAll(d)
	src := filepath.Join(d, "in.txt")
	dst := filepath.Join(d, "out.txt")
	os.WriteFile(src, []byte("b\nc\na\n"), 0o644)
	os.WriteFile(dst, []byte("header\n"), 0o644)
	fin, _ := os.Open(src)
	fout, _ := os.OpenFile(dst, os.O_APPEND|os.O_WRONLY, 0o644)
	r, _ := subprocess.Run([]string{"sort"}, subprocess.Options{StdinFrom: fin, StdoutTo: fout})
	fin.Close()
	fout.Close()
	fmt.Println(r.Returncode, "None")
	data, _ := os.ReadFile(dst)
	fmt.Println("'" + strings.ReplaceAll(string(data), "\n", `\n`) + "'")
	fin, _ = os.Open(src)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{StdinFrom: fin, CaptureOutput: true, Text: true})
	fin.Close()
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
