// Method expressions and method values of methods promoted from embedded
// compiled types: %T, calls, results.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Account struct {
	Owner string
	sync.Mutex
}

type Doc struct {
	strings.Builder
	Title string
}

func write(d *Doc, s string) (int, error) {
	return d.WriteString(s)
}

func main() {
	lock := (*Account).Lock
	unlock := (*Account).Unlock
	a := &Account{Owner: "ann"}
	lock(a)
	fmt.Printf("%T\n", lock)
	unlock(a)
	ws := (*Doc).WriteString
	fmt.Printf("%T\n", ws)
	d := &Doc{Title: "t"}
	n, err := ws(d, "hello")
	fmt.Println(n, err, d.String())
	n, err = write(d, "!")
	fmt.Println(n, err, d.Len())
	mv := d.WriteString
	fmt.Printf("%T\n", mv)
	m, err := mv(" more")
	fmt.Println(m, err, d.String())
	l := a.Lock
	l()
	fmt.Printf("%T %v\n", l, a.TryLock())
	a.Unlock()
}
