package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	if _, err := subprocess.Run([]string{"ls"}, subprocess.Options{Cwd: "/no/such/dir"}); err != nil {
		fmt.Println(err)
	}
	d, _ := os.MkdirTemp("", "")
	path := filepath.Join(d, "script")
	os.WriteFile(path, []byte("#!/bin/sh\necho hi\n"), 0o644)
	if _, err := subprocess.Run([]string{path}); err != nil {
		fmt.Println(strings.ReplaceAll(err.Error(), d, "DIR"))
	}
	os.Remove(path)
	os.Remove(d)
}
