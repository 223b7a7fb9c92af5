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
	d, _ := os.MkdirTemp("", "s20")
	script := filepath.Join(d, "hello-s20")
	os.WriteFile(script, []byte("#!/bin/sh\necho hello from $0 with $#\n"), 0o755)
	r, _ := subprocess.Run([]string{"hello-s20", "a", "b"}, subprocess.Options{Env: []string{"PATH=" + d + ":/bin:/usr/bin"}, CaptureOutput: true, Text: true})
	fmt.Print(r.Returncode, " ", strings.ReplaceAll(string(r.Stdout), d, "DIR"))
	_, err := subprocess.Run([]string{"hello-s20"}, subprocess.Options{Env: []string{"PATH=/bin:/usr/bin"}})
	var nf *subprocess.FileNotFoundError
	if errors.As(err, &nf) {
		_, msg, _ := strings.Cut(nf.Error(), "] ")
		strerror, _, _ := strings.Cut(msg, ":")
		fmt.Println("FileNotFoundError:", strerror, nf.Name)
	}
	os.Remove(script)
	os.Remove(d)
}
