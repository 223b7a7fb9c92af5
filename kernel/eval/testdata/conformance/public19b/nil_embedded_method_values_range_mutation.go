package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger struct{ prefix string }

func (l *Logger) String() string {
	if l == nil {
		return "<no logger>"
	}
	return "logger " + l.prefix
}

func (l Logger) Name() string { return l.prefix }

type Service struct {
	*Logger
	id int
}

type Inner struct{ v int }

func (i Inner) Get() int { return i.v }

type Mid struct{ *Inner }
type Outer struct{ m *Mid }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := Service{id: 1}
	fmt.Println(s)
	fmt.Printf("%v %+v %s\n", s, s, s)
	s2 := Service{&Logger{"x"}, 2}
	fmt.Println(s2, s2.Name())
	try("promoted value method on nil embedded", func() { fmt.Println(s.Name()) })
	try("method value eval", func() {
		o := Outer{&Mid{}}
		g := o.m.Get
		fmt.Println("made", g != nil)
	})
	try("method value nil mid", func() {
		o := Outer{}
		g := o.m.Get
		fmt.Println("made", g != nil)
	})
	m := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true}
	count := 0
	for k := range m {
		for other := range m {
			if other != k {
				delete(m, other)
			}
		}
		count++
	}
	fmt.Println(count, len(m))
	sl := []int{1, 2, 3}
	iters := 0
	for i := range sl {
		sl = append(sl, i)
		iters++
	}
	fmt.Println(iters, len(sl), sl)
	b := []byte("key")
	km := map[string]int{}
	km[string(b)] = 1
	b[0] = 'K'
	km[string(b)] = 2
	keys := make([]string, 0)
	for k := range km {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var sb strings.Builder
	add := func(s string) { sb.WriteString(s) }
	for _, w := range []string{"a", "b", "c"} {
		defer add(w)
	}
	add("start-")
	fmt.Println(sb.String())
	str := "x"
	appendTo := func(p *string, suffix string) { *p += suffix }
	for i := range 3 {
		appendTo(&str, fmt.Sprint(i))
	}
	fmt.Println(str)
	var arr [3]int
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("v at 2 =", v)
		}
	}
	x := uint64(1)
	var n uint = 64
	fmt.Println(x<<n, x<<(n-1), ^uint64(0)>>n)
	y := 0b1111_0000
	y &^= 0b1010_0000
	fmt.Printf("%08b %o %#x\n", y, y, y)
}
