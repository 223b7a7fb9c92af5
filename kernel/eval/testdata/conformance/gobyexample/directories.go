package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	top, err := os.MkdirTemp("", "gbe-dirs")
	check(err)
	defer os.RemoveAll(top)
	subdir := filepath.Join(top, "subdir")
	check(os.Mkdir(subdir, 0755))
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(subdir, "file1"))
	check(os.MkdirAll(filepath.Join(subdir, "parent", "child"), 0755))
	createEmptyFile(filepath.Join(subdir, "parent", "file2"))
	createEmptyFile(filepath.Join(subdir, "parent", "file3"))
	createEmptyFile(filepath.Join(subdir, "parent", "child", "file4"))
	c, err := os.ReadDir(filepath.Join(subdir, "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	fmt.Println("Visiting subdir")
	visit := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(top, p)
		fmt.Println(" ", rel, d.IsDir())
		return nil
	}
	err = filepath.WalkDir(subdir, visit)
	check(err)
	fsys := os.DirFS(subdir)
	matches, _ := fs.Glob(fsys, "parent/*")
	fmt.Println(matches)
	info, err := os.Stat(filepath.Join(subdir, "file1"))
	check(err)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())
}
