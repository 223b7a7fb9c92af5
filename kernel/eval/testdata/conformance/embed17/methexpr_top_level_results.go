// A top-level := of the results of a call, beside a method expression of a
// promoted compiled method (methexprbin.go).
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Buf struct {
	sync.Mutex
	bytes.Buffer
	N int
}

func write(b *Buf, s string) (int, error) {
	b.Lock()
	defer b.Unlock()
	return b.WriteString(s)
}

func main() {
	w := (*Buf).WriteString
	b := &Buf{}
	n, err := write(b, "hello")
	fmt.Println(n, err)
	n2, err2 := w(b, " world")
	fmt.Println(n2, err2, b.String())
	fmt.Printf("%T\n", w)
	fmt.Printf("%T\n", (*Buf).Lock)
}
