package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s10")
	path := filepath.Join(d, "log.txt")
	f, _ := os.Create(path)
	subprocess.Run([]string{"echo", "first"}, subprocess.Options{StdoutTo: f})
	r, _ := subprocess.Run([]string{"sh", "-c", "echo second; echo problem >&2"}, subprocess.Options{StdoutTo: f, Stderr: subprocess.STDOUT})
	fmt.Println(r)
	f.Close()
	data, _ := os.ReadFile(path)
	fmt.Println("['" + strings.Join(strings.Fields(string(data)), "', '") + "']")
	out, _ := os.Create(path)
	errf, _ := os.Create(filepath.Join(d, "err.txt"))
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo o; echo e >&2; exit 5"}, subprocess.Options{StdoutTo: out, StderrTo: errf})
	fmt.Println(p.Wait(), "None", "None")
	out.Close()
	errf.Close()
	a, _ := os.ReadFile(path)
	b, _ := os.ReadFile(filepath.Join(d, "err.txt"))
	fmt.Print(string(a) + " " + string(b))
	f, _ = os.Create(path)
	if _, err := subprocess.CheckOutput([]string{"true"}, subprocess.Options{StdoutTo: f}); err != nil {
		fmt.Println(err)
	}
	f.Close()
	subprocess.Run([]string{"rm", "-r", d})
}
