package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "rw")
	check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat1")
	d1 := []byte("hello\ngo\n")
	err = os.WriteFile(path, d1, 0644)
	check(err)
	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	f.Sync()
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()
	f.Close()
	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))
	g, err := os.Open(filepath.Join(dir, "dat2"))
	check(err)
	defer g.Close()
	b1 := make([]byte, 5)
	n1, err := g.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, err := g.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err = g.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))
	_, err = g.Seek(0, io.SeekCurrent)
	check(err)
	o3, err := g.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err = io.ReadAtLeast(g, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))
	_, err = g.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(g)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
}
