package main

import "fmt"

type Level int

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pt struct{ X, Y int }

type Box struct{ W, H int }

func (b Box) String() string { return fmt.Sprintf("%dx%d", b.W, b.H) }

type Levels []Level

type Temps []Temp

type Index map[string]Level

type Room struct {
	Name  string
	T     Temp
	L     Level
	Ls    []Level
	B     *Box
	P     Pt
	inner Temp
}

func main() {
	ls := []Level{1, 2}
	ts := []Temp{1, 2.25}
	fmt.Printf("%v %d %#v %T\n", ls, ls, ls, ls)
	fmt.Printf("%v %s %.2f %#v %T\n", ts, ts, ts, ts, ts)
	fmt.Printf("%v %#v %T\n", Levels{3}, Levels{3}, Levels{3})
	fmt.Printf("%v %#v %T\n", Temps{4}, Temps{4}, Temps{4})
	m := map[Level]Temp{2: 20, 1: 10}
	fmt.Printf("%v %#v %T\n", m, m, m)
	ix := Index{"b": 2, "a": 1}
	fmt.Printf("%v %#v %T\n", ix, ix, ix)
	arr := [2]Box{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v %T\n", arr, arr, arr, arr)
	p := &Pt{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	bp := &Box{5, 6}
	fmt.Printf("%v %s %+v %T\n", bp, bp, bp, bp)
	ps := []*Pt{{7, 8}}
	fmt.Printf("%T %v\n", ps, len(ps))
	r := Room{Name: "lab", T: 19.5, L: 2, Ls: []Level{1}, B: &Box{1, 1}, P: Pt{0, 1}, inner: 3}
	fmt.Printf("%v\n%+v\n%T\n", r, r, r)
	anon := struct {
		L []Level
		T Temp
		N int
	}{[]Level{1, 0}, 2, 3}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	fmt.Printf("%#v\n", anon)
	fmt.Printf("%#v\n", struct{ M map[Level]string }{map[Level]string{1: "a"}})
	var a any = ls
	var b any = ts
	var c any = m
	fmt.Printf("%T %T %T %v %v %v\n", a, b, c, a, b, c)
	as := []any{Level(1), Temp(2), Pt{3, 4}, Box{5, 6}, &Box{7, 8}, nil}
	fmt.Printf("%v %d\n", as, as[:4])
	for _, x := range as {
		fmt.Printf("%T;", x)
	}
	fmt.Println()
	ch := make(chan Level, 1)
	fmt.Printf("%T %T\n", ch, (<-chan Temp)(nil))
}
