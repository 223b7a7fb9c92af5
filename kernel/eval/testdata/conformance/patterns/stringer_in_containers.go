package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Pair struct {
	C Color
	T Temp
}

func main() {
	cs := []Color{Red, Blue, 7}
	fmt.Println(cs, Green)
	fmt.Printf("%v %s %d %q\n", cs, cs, cs, Red)
	m := map[Color]int{Red: 1, Blue: 3, Green: 2}
	fmt.Println(m)
	p := Point{1, 2}
	fmt.Println(p, &p)
	ps := []*Point{{3, 4}}
	fmt.Println(ps)
	fmt.Println([]Point{{5, 6}})
	fmt.Println(Pair{Blue, 21.55}, []Temp{1, 2.25})
	fmt.Printf("%+v %v\n", Pair{Red, -3}, &Pair{Green, 0})
	errs := []error{MyErr{1}, errors.New("plain"), nil}
	fmt.Println(errs)
	fmt.Printf("%v|%s|%+v\n", MyErr{2}, MyErr{3}, MyErr{4})
	var e error = MyErr{5}
	fmt.Println(map[string]error{"a": e})
	fmt.Println(struct {
		E error
		C Color
	}{e, Green})
	var sp *Point
	fmt.Println(sp == nil)
	fmt.Printf("%d %x\n", Blue, Color(255))
}
