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
	os.WriteFile(filepath.Join(d, "b.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(d, "a.txt"), nil, 0o644)
	r, _ := subprocess.Run([]string{"ls; echo $GREETING-$MISSING."}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true, Text: true,
		Env: []string{"GREETING=hi", "PATH=" + os.Getenv("PATH")}})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	r, _ = subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	real, _ := filepath.EvalSymlinks(d)
	fmt.Println(map[bool]string{true: "True", false: "False"}[strings.TrimSpace(string(r.Stdout)) == real])
}
