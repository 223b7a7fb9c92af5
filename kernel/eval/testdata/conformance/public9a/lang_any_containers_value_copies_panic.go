package main

import (
	"container/list"
	"fmt"
	"sort"
	"sync"
)

type Acc struct {
	ID   int
	Bal  float64
	Hist []string
}

func (a Acc) String() string { return fmt.Sprintf("#%d:%.2f%v", a.ID, a.Bal, a.Hist) }
func (a *Acc) Dep(x float64) { a.Bal += x; a.Hist = append(a.Hist, fmt.Sprint("+", x)) }

type Arr [3]int

func main() {
	l := list.New()
	l.PushBack(Acc{ID: 1})
	l.PushBack(&Acc{ID: 2})
	l.PushBack(Arr{1, 2, 3})
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case Acc:
			v.Dep(10) // copy
			fmt.Println("copy", v)
			e.Value = v
		case *Acc:
			v.Dep(20)
		case Arr:
			v[0] = 100
			fmt.Println(v, e.Value)
		}
	}
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	var m sync.Map
	m.Store("a", Acc{ID: 3})
	v, _ := m.Load("a")
	a := v.(Acc)
	a.Dep(5)
	v2, _ := m.Load("a")
	fmt.Println(a, v2)
	am := map[string]any{"acc": Acc{ID: 4}, "ptr": &Acc{ID: 5}, "arr": Arr{}}
	if p, ok := am["ptr"].(*Acc); ok {
		p.Dep(1)
	}
	x := am["arr"].(Arr)
	x[1] = 7
	fmt.Println(am["acc"], am["ptr"], am["arr"], x)
	s := []any{Acc{ID: 6}, Acc{ID: 7, Bal: -1}}
	sort.Slice(s, func(i, j int) bool { return s[i].(Acc).Bal < s[j].(Acc).Bal })
	fmt.Println(s)
	s[0], s[1] = s[1], s[0]
	fmt.Println(s...)
	type pair struct {
		k string
		v any
	}
	ps := []pair{{"x", Acc{ID: 8}}, {"y", nil}}
	cp := ps
	cp[0].v = "replaced"
	fmt.Println(ps[0].v, len(cp))
	var iface any = Acc{ID: 9}
	iface2 := iface
	acc := iface2.(Acc)
	acc.ID = 10
	fmt.Println(iface, iface2, acc)
	fmt.Println(iface == iface2)
}
