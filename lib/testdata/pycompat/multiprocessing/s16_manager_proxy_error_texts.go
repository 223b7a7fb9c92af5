package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(name string, r any) {
	kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
	fmt.Println(name, kind, msg)
}

func try(name string, f func() error) {
	defer func() {
		if r := recover(); r != nil {
			show(name, r)
		}
	}()
	if err := f(); err != nil {
		show(name, err)
	}
}

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	d := m.Dict()
	d.Set("a", 1)
	l := m.List(10, 20, 30)
	try("dict missing", func() error {
		if _, ok := d.Lookup("zz"); !ok {
			return fmt.Errorf("KeyError: 'zz'")
		}
		return nil
	})
	try("list index", func() error { l.Get(7); return nil })
	try("list pop", func() error { l.Pop(9); return nil })
	try("list index()", func() error { _, err := l.Index(99); return err })
	try("list remove", func() error { return l.Remove(99) })
	g := d.Get("zz")
	gs := "None"
	if g != nil {
		gs = fmt.Sprint(g)
	}
	dflt := "dflt"
	if v, ok := d.Lookup("zz"); ok {
		dflt = fmt.Sprint(v)
	}
	p1, _ := d.Pop("a")
	p2, ok := d.Pop("a")
	p2s := "None"
	if ok {
		p2s = fmt.Sprint(p2)
	}
	fmt.Println(gs, dflt, p1, p2s, d.Len())
	last := l.Get(-1)
	popped := l.Pop()
	idx, _ := l.Index(20)
	fmt.Println(last, popped, strings.ReplaceAll(fmt.Sprint(l.Copy()), " ", ", "), l.Count(10), idx)
	m.Shutdown()
}
