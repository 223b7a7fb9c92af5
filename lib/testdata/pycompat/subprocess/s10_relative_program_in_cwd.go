package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s10")
	os.WriteFile(filepath.Join(d, "run.sh"), []byte("#!/bin/sh\necho running in $(basename $(pwd))\n"), 0o755)
	os.Mkdir(filepath.Join(d, "sub"), 0o755)
	r, _ := subprocess.Run([]string{"./run.sh"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Print(strings.ReplaceAll(string(r.Stdout), filepath.Base(d), "D"))
	r, _ = subprocess.Run([]string{"../run.sh"}, subprocess.Options{Cwd: filepath.Join(d, "sub"), CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	_, err := subprocess.Run([]string{"./run.sh"}, subprocess.Options{Cwd: filepath.Join(d, "sub")})
	var fe *subprocess.FileNotFoundError
	if errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", fe)
	}
	subprocess.Run([]string{"rm", "-r", d})
}
