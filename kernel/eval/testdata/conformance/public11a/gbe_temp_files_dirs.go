package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "sampledir")
	check(err)
	defer os.RemoveAll(dir)
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(dir, "file1"))
	check(os.MkdirAll(filepath.Join(dir, "subdir", "parent", "child"), 0755))
	createEmptyFile(filepath.Join(dir, "subdir", "parent", "file2"))
	createEmptyFile(filepath.Join(dir, "subdir", "parent", "file3"))
	createEmptyFile(filepath.Join(dir, "subdir", "parent", "child", "file4"))
	c, err := os.ReadDir(filepath.Join(dir, "subdir", "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	fmt.Println("Visiting dir")
	var seen []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		seen = append(seen, fmt.Sprintf("%s %v", filepath.ToSlash(rel), d.IsDir()))
		return nil
	})
	check(err)
	sort.Strings(seen)
	fmt.Println(strings.Join(seen, "\n"))
	f, err := os.CreateTemp(dir, "sample*.txt")
	check(err)
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "sample"), strings.HasSuffix(f.Name(), ".txt"))
	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Println(b)
	_, err = os.Stat(filepath.Join(dir, "nope"))
	fmt.Println(os.IsNotExist(err), strings.Contains(err.Error(), "no such file"))
	matches, _ := filepath.Glob(filepath.Join(dir, "subdir", "parent", "file*"))
	fmt.Println(len(matches))
}
