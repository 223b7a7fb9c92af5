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
	out, _ := subprocess.CheckOutput([]string{"pwd"}, subprocess.Options{Cwd: "/", Text: true})
	fmt.Print(string(out))
	d, _ := os.MkdirTemp("", "s10")
	os.WriteFile(filepath.Join(d, "note.txt"), []byte("x"), 0o644)
	r, _ := subprocess.Run([]string{"ls"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	r, _ = subprocess.Run([]string{"cat note.txt"}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true})
	fmt.Printf("b'%s'\n", r.Stdout)
	os.RemoveAll(d)
	_, err := subprocess.Run([]string{"ls"}, subprocess.Options{Cwd: "/no/such/dir/s10"})
	var e *subprocess.FileNotFoundError
	if errors.As(err, &e) {
		fmt.Println("FileNotFoundError:", e)
	}
}
