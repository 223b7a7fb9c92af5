package main

// unsafe.Sizeof of a value whose type is a type parameter is not a
// constant in generic code ("the size is not known before
// instantiation"): a shift or an index with it is computed, and checked,
// at run time in each instance.

import (
	"fmt"
	"unsafe"
)

type Rec struct {
	A int32
	B [3]byte
}

func sizeBits[T any]() int64 {
	return 1 << unsafe.Sizeof(*new(T)) // not an overflow for large T: 0 at run time
}

func sizeOf[T any](x T) uintptr { return unsafe.Sizeof(x) }

func pick[T any](s string, x T) (b byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[unsafe.Sizeof(x)], nil
}

func perWord[T any](xs []T) uintptr {
	var word [unsafe.Sizeof(uintptr(0))]byte // a constant: no type parameter
	return uintptr(len(word)) * uintptr(len(xs)) / unsafe.Alignof(xs[0])
}

func main() {
	fmt.Println(sizeBits[[2]byte](), sizeBits[[62]byte](), sizeBits[[64]byte](), sizeBits[[100]byte]())
	fmt.Println(sizeOf(int8(1)), sizeOf("s"), sizeOf(Rec{}), sizeOf([5]int16{}))
	fmt.Println(pick("abcdefgh", int16(0)))
	fmt.Println(pick("abcdefgh", Rec{}))
	fmt.Println(pick("ab", [4]byte{}))
	fmt.Println(perWord([]int64{1, 2}), perWord([]byte{1, 2}))
}
