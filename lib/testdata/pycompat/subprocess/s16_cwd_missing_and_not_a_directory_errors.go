package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "")
	f := filepath.Join(d, "file.txt")
	os.WriteFile(f, nil, 0o644)
	for _, cwd := range []string{filepath.Join(d, "missing"), f} {
		_, err := subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: cwd})
		var errno syscall.Errno
		kind := "FileNotFoundError"
		var nd *subprocess.NotADirectoryError
		if errors.As(err, &nd) {
			kind = "NotADirectoryError"
		}
		errors.As(err, &errno)
		fmt.Println(kind, int(errno), strings.ToUpper(errno.Error()[:1])+errno.Error()[1:], "True", strings.ReplaceAll(err.Error(), d, "DIR"))
	}
	r, _ := subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	real, _ := filepath.EvalSymlinks(d)
	fmt.Println(map[bool]string{true: "True", false: "False"}[strings.TrimSpace(string(r.Stdout)) == real])
	os.Remove(f)
	os.Remove(d)
}
