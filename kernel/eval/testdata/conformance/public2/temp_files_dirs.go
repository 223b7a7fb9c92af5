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
	check(f.Close())
	b, err := os.ReadFile(f.Name())
	check(err)
	fmt.Println(b)
	dname, err := os.MkdirTemp("", "sampledir")
	check(err)
	defer os.RemoveAll(dname)
	fname := filepath.Join(dname, "file1")
	err = os.WriteFile(fname, []byte{1, 2}, 0666)
	check(err)
	st, err := os.Stat(fname)
	check(err)
	fmt.Println(st.Size(), filepath.Dir(fname) == dname)
	g, err := os.CreateTemp(dname, "x-*.txt")
	check(err)
	fmt.Println(strings.HasSuffix(g.Name(), ".txt"), strings.HasPrefix(filepath.Base(g.Name()), "x-"))
	g.Close()
}
