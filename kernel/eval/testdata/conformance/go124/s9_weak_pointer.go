package main

import (
	"fmt"
	"runtime"
	"weak"
)

// A cache of values by weak pointer, as the weak package's docs describe:
// an entry does not keep its value alive.

type Blob struct {
	Name string
	Data [64]byte
}

func newBlob(name string) *Blob {
	b := &Blob{Name: name}
	b.Data[0] = byte(len(name))
	return b
}

// weakOnly returns a weak pointer to a value that nothing else references.
func weakOnly(name string) weak.Pointer[Blob] {
	return weak.Make(newBlob(name))
}

func main() {
	strong := newBlob("kept")
	w1 := weak.Make(strong)
	w2 := weak.Make(strong)
	fmt.Println(w1 == w2, w1.Value() == strong, w1.Value().Name)

	var zero weak.Pointer[Blob]
	fmt.Println(zero.Value() == nil, weak.Make[Blob](nil) == zero)

	gone := weakOnly("gone")
	runtime.GC()
	runtime.GC()
	fmt.Println(gone.Value() == nil, w1.Value() != nil)
	runtime.KeepAlive(strong)

	n := new(int)
	*n = 42
	wi := weak.Make(n)
	fmt.Println(*wi.Value())
	runtime.KeepAlive(n)
}
