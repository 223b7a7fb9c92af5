package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "pc")
	defer os.RemoveAll(d)
	os.Mkdir(filepath.Join(d, "sub"), 0o755)
	subprocess.Run([]string{"sh", "-c", "echo data > f.txt"}, subprocess.Options{Cwd: filepath.Join(d, "sub"), Check: true})
	ents, _ := os.ReadDir(filepath.Join(d, "sub"))
	var names []string
	for _, e := range ents {
		names = append(names, "'"+e.Name()+"'")
	}
	sort.Strings(names)
	fmt.Printf("[%s]\n", strings.Join(names, ", "))
	r, _ := subprocess.Run([]string{"cat", "sub/f.txt"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println("'"+strings.ReplaceAll(string(r.Stdout), "\n", "\\n")+"'", r.Returncode)
	r, _ = subprocess.Run([]string{"cat", "missing.txt"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode, pyBool(strings.Contains(string(r.Stderr), "No such file")))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
