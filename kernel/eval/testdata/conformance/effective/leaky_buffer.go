package main

import "fmt"

type Buffer struct {
	id   int
	data []byte
}

var freeList = make(chan *Buffer, 2)
var created int

func get() *Buffer {
	var b *Buffer
	select {
	case b = <-freeList:
	default:
		created++
		b = &Buffer{id: created}
	}
	return b
}

func put(b *Buffer) bool {
	select {
	case freeList <- b:
		return true
	default:
		return false
	}
}

func main() {
	a, b, c := get(), get(), get()
	fmt.Println(a.id, b.id, c.id)
	fmt.Println(put(a), put(b), put(c))
	d := get()
	fmt.Println(d.id, created, len(freeList))
}
