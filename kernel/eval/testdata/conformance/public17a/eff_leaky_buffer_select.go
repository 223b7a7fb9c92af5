package main

import "fmt"

type Buffer struct {
	id   int
	data []byte
}

var freeList = make(chan *Buffer, 2)
var allocated int

func get() *Buffer {
	select {
	case b := <-freeList:
		return b
	default:
		allocated++
		return &Buffer{id: allocated}
	}
}

func put(b *Buffer) bool {
	b.data = b.data[:0]
	select {
	case freeList <- b:
		return true
	default:
		return false
	}
}

func main() {
	bufs := []*Buffer{get(), get(), get()}
	for _, b := range bufs {
		b.data = append(b.data, byte('a'+b.id))
	}
	for _, b := range bufs {
		fmt.Println("put", b.id, put(b))
	}
	x, y, z := get(), get(), get()
	fmt.Println(x.id, y.id, z.id, allocated, len(x.data))
}
