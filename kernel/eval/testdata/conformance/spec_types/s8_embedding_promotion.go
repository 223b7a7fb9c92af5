package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Mid struct {
	Base
	Name string
}

type Top struct {
	*Mid
	Extra int
}

func (t Top) Describe() string { return "Top/" + t.Mid.Describe() }

func main() {
	m := Mid{Base{1, "base"}, "mid"}
	fmt.Println(m.Name, m.Base.Name, m.ID, m.Describe())
	m.SetID(5)
	fmt.Println(m.ID)
	t := Top{&m, 9}
	t.SetID(7)
	fmt.Println(t.ID, m.ID, t.Name, t.Describe(), t.Base.Describe())
	var d interface{ Describe() string } = t
	fmt.Println(d.Describe())
	d = m
	fmt.Println(d.Describe())
}
