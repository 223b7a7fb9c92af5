package main

import "fmt"

type T struct{ n int }

func (t *T) Inc()    { t.n++ }
func (t T) Get() int { return t.n }

type Incer interface{ Inc() }

func newT() T { return T{7} }

func main() {
	var t T
	t.Inc() // (&t).Inc(): t is addressable
	fmt.Println(t.Get())
	ts := []T{{1}, {2}}
	ts[0].Inc() // slice elements are addressable
	fmt.Println(ts)
	arr := [2]T{}
	arr[1].Inc()
	fmt.Println(arr)
	// newT().Inc() does not compile; newT().Get() does.
	fmt.Println(newT().Get())
	var i Incer = &t
	i.Inc()
	fmt.Println(t.n)
	_, ok := interface{}(t).(Incer)
	_, okp := interface{}(&t).(Incer)
	fmt.Println(ok, okp)
	m := map[string]*T{"a": {3}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	ps := &struct{ T }{}
	ps.Inc()
	fmt.Println(ps.Get())
}
