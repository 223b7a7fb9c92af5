package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "sampledir")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "file1"), []byte("hello\n"), 0644))
	must(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0755))
	must(os.WriteFile(filepath.Join(dir, "sub", "file2.txt"), []byte("x"), 0644))
	must(os.WriteFile(filepath.Join(dir, "sub", "deep", "file3.txt"), nil, 0644))
	entries, _ := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir())
	}
	var walked []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		walked = append(walked, rel)
		if d.IsDir() && d.Name() == "deep" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println(walked)
	matches, _ := filepath.Glob(filepath.Join(dir, "sub", "*.txt"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches)
	f, _ := os.CreateTemp(dir, "tmp-*.dat")
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "tmp-"), strings.HasSuffix(f.Name(), ".dat"))
	f.WriteString("abc")
	f.Close()
	fi, _ := os.Stat(f.Name())
	fmt.Println(fi.Size(), fi.Mode().IsRegular())
	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "sub/file2.txt")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println(err)
}
