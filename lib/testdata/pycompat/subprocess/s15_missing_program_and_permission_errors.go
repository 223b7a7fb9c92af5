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
	_, err := subprocess.Run([]string{"no-such-program-s15", "-x"})
	var fe *subprocess.FileNotFoundError
	if errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", 2, "No such file or directory", "no-such-program-s15", err)
	}
	d, _ := os.MkdirTemp("", "s15")
	defer os.RemoveAll(d)
	path := filepath.Join(d, "script.sh")
	os.WriteFile(path, []byte("#!/bin/sh\necho ran\n"), 0o644)
	_, err = subprocess.Run([]string{path})
	var pe *subprocess.PermissionError
	if errors.As(err, &pe) {
		fmt.Println("PermissionError:", 13, "Permission denied", map[bool]string{true: "True", false: "False"}[strings.HasSuffix(err.Error(), "'"+path+"'")])
	}
	os.Chmod(path, 0o700)
	r, _ := subprocess.Run([]string{path}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"no-such-program-s15"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode, map[bool]string{true: "True", false: "False"}[strings.Contains(string(r.Stderr), "not found")])
}
