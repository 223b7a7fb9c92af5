package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	f, err := os.CreateTemp("", "sample")
	check(err)
	fmt.Println("Temp file prefix ok:", strings.HasPrefix(filepath.Base(f.Name()), "sample"))
	defer os.Remove(f.Name())
	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Println(b)
	dname, err := os.MkdirTemp("", "sampledir")
	check(err)
	defer os.RemoveAll(dname)
	fname := filepath.Join(dname, "file1")
	err = os.WriteFile(fname, []byte{1, 2}, 0666)
	check(err)
	st, _ := os.Stat(fname)
	fmt.Println(st.Size())
	check(os.Rename(fname, fname+".bak"))
	_, err = os.Stat(fname)
	fmt.Println(os.IsNotExist(err))
	entries, _ := os.ReadDir(dname)
	fmt.Println(len(entries), entries[0].Name())
}
