package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }
type Incer interface {
	Inc()
	Value() int
}

type Wrapper struct {
	*Counter
	name string
}

type ByValue struct {
	Counter
}

func apply(i Incer, times int) int {
	for range times {
		i.Inc()
	}
	return i.Value()
}

func main() {
	c := Counter{}
	c.Inc()
	fmt.Println(c.Value())
	var v Valuer = c
	c.Inc()
	fmt.Println(v.Value(), c.Value())
	var pv Valuer = &c
	c.Inc()
	fmt.Println(pv.Value())
	fmt.Println(apply(&c, 3))
	w := Wrapper{&Counter{10}, "w"}
	fmt.Println(apply(w, 2), w.n)
	bv := ByValue{}
	fmt.Println(apply(&bv, 4), bv.n)
	var vi Valuer = bv
	fmt.Println(vi.Value())
	_, ok := vi.(Incer)
	fmt.Println(ok)
	var vi2 Valuer = &bv
	_, ok = vi2.(Incer)
	fmt.Println(ok)
	counters := []Counter{{1}, {2}}
	for _, ct := range counters {
		ct.Inc()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
	f := (*Counter).Inc
	g := Counter.Value
	f(&counters[0])
	fmt.Println(g(counters[0]))
	h := (*Counter).Value
	fmt.Println(h(&counters[1]))
}
