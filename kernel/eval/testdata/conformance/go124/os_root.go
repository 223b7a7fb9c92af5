package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "conf-root-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("inside"), 0o644)
	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()
	f, err := root.Open("a.txt")
	fmt.Println(err)
	b := make([]byte, 6)
	n, _ := f.Read(b)
	f.Close()
	fmt.Println(string(b[:n]))
	_, err = root.Open("../escape")
	fmt.Println(err != nil)
}
