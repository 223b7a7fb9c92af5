// Shadowing: a field of the outer struct hides a promoted method or field
// of an embedded compiled type at a greater depth.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"time"
)

type Buf struct {
	bytes.Buffer
	Len int // hides Buffer.Len (method) at depth 1
}

type Ev struct {
	time.Time
	Year int // hides Time.Year
}

type Locker struct {
	sync.Mutex
}

func (l *Locker) Lock() { fmt.Println("own Lock"); l.Mutex.Lock() }

func main() {
	b := Buf{Len: 42}
	b.WriteString("abc")
	fmt.Println(b.Len, b.Buffer.Len())
	e := Ev{Time: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Year: 5}
	fmt.Println(e.Year, e.Time.Year())
	var l Locker
	l.Lock()
	l.Unlock()
	fmt.Println(l.TryLock())
}
