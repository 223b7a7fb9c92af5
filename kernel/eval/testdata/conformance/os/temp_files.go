package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

func main() {
	dir, err := os.MkdirTemp("", "conformance-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "dat.txt")
	if err := os.WriteFile(p, []byte("hello\ngo\n"), 0o644); err != nil {
		panic(err)
	}
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "appended")
	w.Flush()
	f.Close()
	data, _ := os.ReadFile(p)
	fmt.Printf("%q\n", data)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), nil, 0o644)
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, fmt.Sprint(e.Name(), e.IsDir()))
	}
	slices.Sort(names)
	fmt.Println(names)
	info, _ := os.Stat(p)
	fmt.Println(info.Size(), info.Mode().IsRegular())
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	var walked []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		walked = append(walked, rel)
		return nil
	})
	fmt.Println(walked)
}
