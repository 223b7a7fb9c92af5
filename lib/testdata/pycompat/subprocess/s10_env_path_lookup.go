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
	tool := filepath.Join(d, "hello-s10")
	os.WriteFile(tool, []byte("#!/bin/sh\necho hello from $0\n"), 0o755)
	r, err := subprocess.Run([]string{"hello-s10"}, subprocess.Options{Env: []string{"PATH=" + d + ":/usr/bin:/bin"}, CaptureOutput: true, Text: true})
	if err != nil {
		fmt.Println(err)
	} else {
		fmt.Print(strings.ReplaceAll(string(r.Stdout), d, "D"))
	}
	var fe *subprocess.FileNotFoundError
	if _, err := subprocess.Run([]string{"hello-s10"}); errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", fe)
	}
	if _, err := subprocess.Run([]string{"ls"}, subprocess.Options{Env: []string{"PATH=/nonexistent-s10"}}); errors.As(err, &fe) {
		fmt.Println("FileNotFoundError:", fe)
	} else if err == nil {
		fmt.Println("ran ls")
	}
	os.Remove(tool)
	os.Remove(d)
}
