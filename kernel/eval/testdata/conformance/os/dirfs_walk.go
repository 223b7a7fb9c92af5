package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b/c.txt", "a/d.go", "e.md"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(p), 0o644)
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		fmt.Println(rel, d.IsDir())
		return nil
	})
	fsys := os.DirFS(dir)
	matches, _ := fs.Glob(fsys, "a/*.go")
	fmt.Println(matches)
	data, _ := fs.ReadFile(fsys, "a/b/c.txt")
	fmt.Println(string(data))
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "b" {
			return fs.SkipDir
		}
		fmt.Println("fs:", p)
		return nil
	})
}
