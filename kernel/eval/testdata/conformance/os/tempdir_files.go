package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "tmpfile")
	if err := os.WriteFile(file, []byte("content\n"), 0o644); err != nil {
		fmt.Println(err)
	}
	data, err := os.ReadFile(file)
	fmt.Printf("%q %v\n", data, err)
	f, _ := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0o644)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(file)
	fmt.Printf("%q\n", data)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), nil, 0o600)
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, fmt.Sprintf("%s dir=%v", e.Name(), e.IsDir()))
	}
	sort.Strings(names)
	fmt.Println(names)
	fi, _ := os.Stat(file)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular(), fi.Mode().Perm())
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	os.Rename(file, filepath.Join(dir, "renamed"))
	_, err = os.ReadFile(file)
	fmt.Println(err != nil)
	tf, _ := os.CreateTemp(dir, "pre-*.txt")
	fmt.Println(filepath.Dir(tf.Name()) == dir, filepath.Ext(tf.Name()))
	tf.Close()
}
