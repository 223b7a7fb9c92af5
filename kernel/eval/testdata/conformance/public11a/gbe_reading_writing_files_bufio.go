package main

import (
	"bufio"
	"fmt"
	"io"
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
	dir, err := os.MkdirTemp("", "rw")
	check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat1")
	check(os.WriteFile(path, []byte("hello\ngo\n"), 0644))
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n2, err := f.Write([]byte{115, 111, 109, 101, 10})
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, _ := f.WriteString("writes\n")
	fmt.Printf("wrote %d bytes\n", n3)
	w := bufio.NewWriter(f)
	n4, _ := w.WriteString("buffered\n")
	fmt.Printf("wrote %d bytes, buffered %d\n", n4, w.Buffered())
	w.Flush()
	f.Close()
	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))
	rf, err := os.Open(path)
	check(err)
	defer rf.Close()
	b1 := make([]byte, 5)
	n1, _ := rf.Read(b1)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, _ := rf.Seek(6, io.SeekStart)
	b2 := make([]byte, 2)
	n2, _ = rf.Read(b2)
	fmt.Printf("%d bytes @ %d: %v\n", n2, o2, string(b2[:n2]))
	_, _ = rf.Seek(2, io.SeekCurrent)
	b3 := make([]byte, 2)
	n3, _ = io.ReadAtLeast(rf, b3, 2)
	fmt.Printf("%d bytes: %s\n", n3, string(b3))
	rf.Seek(0, io.SeekStart)
	r4 := bufio.NewReader(rf)
	b4, _ := r4.Peek(5)
	fmt.Printf("5 bytes: %s\n", string(b4))
	sc := bufio.NewScanner(r4)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Println(lines, strings.ToUpper(sc.Text()))
	}
	st, _ := os.Stat(path)
	fmt.Println(st.Size(), st.Name(), st.Mode().IsRegular())
}
