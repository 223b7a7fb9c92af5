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
	fd   int
	name string
}

func NewFile(fd int, name string) *File {
	if fd < 0 {
		return nil
	}
	return &File{fd: fd, name: name}
}

func main() {
	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.lock.Lock()
	p.buffer.WriteString("hello ")
	p.lock.Unlock()
	v.buffer.WriteString("world")
	fmt.Println(p.buffer.String() + v.buffer.String())
	f := NewFile(3, "x.txt")
	fmt.Printf("%+v %v\n", *f, NewFile(-1, "") == nil)
	var ps *[]int = new([]int)
	*ps = append(*ps, 1)
	vs := make([]int, 10, 100)
	fmt.Println(*ps, len(vs), cap(vs))
	const Enone, Eio, Einval = 0, 5, 22
	a := [...]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	s := []string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	m := map[int]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	fmt.Println(len(a), len(s), len(m), a[5], s[22], m[0])
	var grid [][]byte
	picture := make([][]uint8, 3)
	for i := range picture {
		picture[i] = make([]uint8, 4)
	}
	picture[1][2] = 9
	fmt.Println(grid == nil, picture)
	pixels := make([]uint8, 3*4)
	pic2 := make([][]uint8, 3)
	for i := range pic2 {
		pic2[i], pixels = pixels[:4], pixels[4:]
	}
	pic2[2][3] = 7
	fmt.Println(pic2)
}
