package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "s6std")
	defer os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0o755))
	os.WriteFile(filepath.Join(dir, "a", "b", "c", "deep.txt"), []byte("deep"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "top.txt"), []byte("top"), 0o644)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir())
		return err
	})
	b, err := fs.ReadFile(fsys, "a/b/c/deep.txt")
	fmt.Println(string(b), err)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if !d.IsDir() {
			fmt.Println("file", rel)
		}
		return nil
	})
	fmt.Println(os.Remove(filepath.Join(dir, "a")) != nil)
	fmt.Println(os.RemoveAll(filepath.Join(dir, "a")))
	_, err = os.Stat(filepath.Join(dir, "a"))
	fmt.Println(os.IsNotExist(err))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
}
