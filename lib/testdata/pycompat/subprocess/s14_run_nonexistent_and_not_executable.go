package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"definitely-not-a-command-xyz"})
	var fe *subprocess.FileNotFoundError
	if errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", fe)
	}
	d, _ := os.MkdirTemp("", "")
	script := filepath.Join(d, "s.sh")
	os.WriteFile(script, []byte("#!/bin/sh\necho ran\n"), 0o644)
	_, err = subprocess.Run([]string{script})
	var pe *subprocess.PermissionError
	if errors.As(err, &pe) {
		fmt.Println("PermissionError:", 13, filepath.Base(pe.Name))
	}
	os.Chmod(script, 0o755)
	r, _ := subprocess.Run([]string{script}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	os.Remove(script)
	os.Remove(d)
}
