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
	for _, args := range [][]string{{"no-such-prog-s17"}, {"./no-such-prog-s17"}, {"/nonexistent-dir-s17/prog"}} {
		_, err := subprocess.Run(args)
		var nf *subprocess.FileNotFoundError
		if errors.As(err, &nf) {
			fmt.Println("FileNotFoundError:", nf, 2, nf.Name)
		}
	}
	d, _ := os.MkdirTemp("", "")
	path := filepath.Join(d, "script.sh")
	os.WriteFile(path, []byte("#!/bin/sh\necho hi\n"), 0o644)
	_, err := subprocess.Run([]string{path})
	var pe *subprocess.PermissionError
	if errors.As(err, &pe) {
		fmt.Println("PermissionError:", strings.ReplaceAll(pe.Error(), d, "DIR"), 13)
	}
	os.Chmod(path, 0o755)
	r, _ := subprocess.Run([]string{path}, subprocess.Options{CaptureOutput: true})
	fmt.Println("b'" + strings.ReplaceAll(string(r.Stdout), "\n", `\n`) + "'")
}
