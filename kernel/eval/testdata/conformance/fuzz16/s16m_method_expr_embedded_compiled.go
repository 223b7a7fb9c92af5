// Method expressions of methods promoted from embedded types of the
// standard library: the func takes the struct (or its pointer) first.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"
)

type Account struct {
	Owner string
	sync.Mutex
	strings.Builder
	N int
}

type Stamp struct {
	time.Time
	Label string
}

type Log struct {
	*bytes.Buffer
	Lines int
}

func main() {
	a := &Account{Owner: "kim"}
	lock, unlock := (*Account).Lock, (*Account).Unlock
	lock(a)
	fmt.Println(a.TryLock())
	a.N++
	unlock(a)
	write := (*Account).WriteString
	n, err := write(a, "hello")
	fmt.Println(n, err, a.String(), a.N)

	s := Stamp{Time: time.Date(2024, 3, 9, 10, 0, 0, 0, time.UTC), Label: "x"}
	year := Stamp.Year
	format := Stamp.Format
	fmt.Println(year(s), format(s, "2006-01-02"))
	fns := []func(Stamp) time.Month{Stamp.Month}
	fmt.Println(fns[0](s))

	l := Log{Buffer: new(bytes.Buffer)}
	w := Log.Write
	fmt.Fprint(l, "a")
	w(l, []byte("bc"))
	fmt.Println(l.String(), Log.Len(l))
}
