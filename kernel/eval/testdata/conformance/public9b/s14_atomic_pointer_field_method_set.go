package main

import (
	"container/list"
	"fmt"
	"sync/atomic"
)

// Declaring a struct with an atomic.Pointer[Config] field (a generic type
// of a source package instantiated with Config) must not make *Config lose
// its methods once stored in compiled containers.

type Config struct {
	Name string
	Rev  int
}

func (c *Config) String() string { return fmt.Sprintf("%s#%d", c.Name, c.Rev) }

type Holder struct {
	cur atomic.Pointer[Config]
}

func main() {
	var h Holder
	h.cur.Store(&Config{"svc", 1})
	c := h.cur.Load()
	var v atomic.Value
	v.Store(c)
	s, ok := v.Load().(fmt.Stringer)
	fmt.Println(ok, s)
	l := list.New()
	l.PushBack(&Config{"other", 2})
	_, ok = l.Front().Value.(fmt.Stringer)
	fmt.Println(ok, l.Front().Value)
	fmt.Println([]any{c, v.Load()})
}
