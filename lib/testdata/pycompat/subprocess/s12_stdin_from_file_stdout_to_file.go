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
	src, dst := filepath.Join(d, "in.txt"), filepath.Join(d, "out.txt")
	os.WriteFile(src, []byte("b\na\nc\n"), 0o644)
	fin, _ := os.Open(src)
	fout, _ := os.Create(dst)
	r, _ := subprocess.Run([]string{"sort"}, subprocess.Options{StdinFrom: fin, StdoutTo: fout})
	fin.Close()
	fout.Close()
	out := "None"
	if r.Stdout != nil {
		out = string(r.Stdout)
	}
	fmt.Println(r.Returncode, out)
	data, _ := os.ReadFile(dst)
	fmt.Println("['" + strings.Join(strings.Fields(string(data)), "', '") + "']")
}
