package main

import (
	"fmt"
	"unsafe"
)

type Celsius float32
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type Reader interface{ Read([]byte) (int, error) }
type Empty struct{}
type Padded struct {
	a byte
	b int64
	c byte
}
type Packed struct {
	b int64
	a byte
	c byte
}
type WithArr struct {
	flags [3]bool
	n     int32
}
type Tail struct {
	n int32
	e Empty
}

const (
	sPadded = unsafe.Sizeof(Padded{})
	sPacked = unsafe.Sizeof(Packed{})
)

func main() {
	var (
		i8   int8
		i16  int16
		i32  int32
		i64  int64
		c    Celsius
		c64  complex64
		str  string
		sl   []Padded
		m    map[int]int
		ch   chan string
		fn   func(int) int
		rd   Reader
		err  error
		anyv any
		e    Empty
		arr  [5]Padded
		ptr  *Padded
		pr   Pair[string, int8]
		up   unsafe.Pointer
	)
	fmt.Println(unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i64), unsafe.Sizeof(c), unsafe.Sizeof(c64))
	fmt.Println(unsafe.Sizeof(str), unsafe.Sizeof(sl), unsafe.Sizeof(m), unsafe.Sizeof(ch), unsafe.Sizeof(fn), unsafe.Sizeof(rd), unsafe.Sizeof(err), unsafe.Sizeof(anyv))
	fmt.Println(unsafe.Sizeof(e), unsafe.Sizeof(arr), unsafe.Sizeof(ptr), unsafe.Sizeof(pr), unsafe.Sizeof(up))
	fmt.Println(sPadded, sPacked, unsafe.Sizeof(WithArr{}), unsafe.Sizeof(Tail{}), unsafe.Offsetof(Tail{}.e))
	fmt.Println(unsafe.Alignof(i16), unsafe.Alignof(c64), unsafe.Alignof(str), unsafe.Alignof(rd), unsafe.Alignof(e), unsafe.Alignof(arr), unsafe.Alignof(WithArr{}))
	fmt.Println(unsafe.Offsetof(pr.Val), unsafe.Offsetof(arr[0].c), unsafe.Offsetof(Packed{}.c))
	var buf [sPadded - sPacked]byte
	fmt.Println(len(buf))
	fmt.Println(unsafe.Sizeof(struct {
		a bool
		b float64
		c bool
	}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([2][3]int16{}))
}
