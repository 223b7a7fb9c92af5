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
	for _, name := range []string{"c.txt", "a.py", "b.md"} {
		f, _ := os.Create(filepath.Join(d, name))
		f.Close()
	}
	out, _ := subprocess.CheckOutput([]string{"ls"}, subprocess.Options{Cwd: d, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	r, _ := subprocess.Run([]string{"ls", "-1", "a.py", "zz"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	ne := "False"
	if r.Returncode != 0 {
		ne = "True"
	}
	fmt.Println(ne)
}
