package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "tmp")
	defer os.RemoveAll(d)
	os.WriteFile(filepath.Join(d, "b.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(d, "a.txt"), nil, 0o644)
	env := []string{"GREETING=hello", "PATH=" + os.Getenv("PATH")}
	r, _ := subprocess.Run([]string{`echo "$GREETING from $(basename $PWD | cut -c1-3)"; ls *.txt`}, subprocess.Options{Shell: true,
		Cwd: d, Env: env, CaptureOutput: true, Text: true})
	fmt.Print(strings.ReplaceAll(string(r.Stdout), filepath.Base(d)[:3], "XXX"))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo ${MISSING:-unset}"}, subprocess.Options{Env: []string{}, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
}
