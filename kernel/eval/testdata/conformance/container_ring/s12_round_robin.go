package main

import (
	"container/ring"
	"fmt"
)

type Worker struct {
	Name string
	Load int
}

type Pool struct{ r *ring.Ring }

func NewPool(ws ...*Worker) Pool {
	r := ring.New(len(ws))
	for _, w := range ws {
		r.Value = w
		r = r.Next()
	}
	return Pool{r}
}

func (p *Pool) Next() *Worker {
	w := p.r.Value.(*Worker)
	p.r = p.r.Next()
	return w
}

func (p Pool) Loads() []string {
	var out []string
	p.r.Do(func(v any) {
		w := v.(*Worker)
		out = append(out, fmt.Sprintf("%s=%d", w.Name, w.Load))
	})
	return out
}

func main() {
	p := NewPool(&Worker{Name: "a"}, &Worker{Name: "b"}, &Worker{Name: "c"})
	for job := 1; job <= 7; job++ {
		p.Next().Load += job
	}
	fmt.Println(p.Loads(), p.r.Len())
	removed := p.r.Unlink(1)
	fmt.Println(removed.Value.(*Worker).Name, p.Loads())
	nr := ring.New(1)
	nr.Value = &Worker{Name: "x"}
	p.r.Link(nr)
	extra := ring.New(2)
	extra.Value, extra.Next().Value = &Worker{Name: "y"}, &Worker{Name: "z"}
	p.r.Link(extra)
	fmt.Println(p.Loads(), p.r.Len())
	hist := ring.New(4)
	for i := 1; i <= 6; i++ {
		hist.Value = i * i
		hist = hist.Next()
	}
	var last []any
	hist.Do(func(v any) { last = append(last, v) })
	fmt.Println(last, hist.Move(-1).Value, hist.Prev().Value)
}
