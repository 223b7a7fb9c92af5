package main

import (
	"bytes"
	"fmt"
	"sync"
)

type SyncedBuffer struct {
	lock   sync.Mutex
	buffer bytes.Buffer
}

type File struct {
	fd      int
	name    string
	dirinfo *int
	nepipe  int
}

func NewFile(fd int, name string) *File {
	if fd < 0 {
		return nil
	}
	return &File{fd: fd, name: name}
}

const (
	Enone  = 0
	Eio    = 2
	Einval = 5
)

func main() {
	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.lock.Lock()
	p.buffer.WriteString("p")
	p.lock.Unlock()
	v.buffer.WriteString("v")
	fmt.Println(p.buffer.String(), v.buffer.String())
	f := NewFile(3, "x")
	fmt.Println(f.fd, f.name, f.dirinfo == nil, f.nepipe, NewFile(-1, "") == nil)
	a := [...]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	s := []string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	m := map[int]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	fmt.Println(len(a), len(s), len(m), a[2], s[5], m[0])
	fmt.Printf("%q\n", a)
	var ps *[]int = new([]int)
	var vs []int = make([]int, 3, 10)
	fmt.Println(*ps == nil, len(vs), cap(vs))
	vv := make([]int, 100)
	fmt.Println(len(vv))
}
