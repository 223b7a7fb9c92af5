package main

import "fmt"

type Celsius float64
type Temp = Celsius
type Point struct{ X, Y int }
type Pt = Point
type PointDef Point

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (p Point) Sum() int         { return p.X + p.Y }

func main() {
	var t Temp = 21.5
	fmt.Println(t)
	fmt.Printf("%T\n", t)
	p := Pt{1, 2}
	fmt.Println(p.Sum())
	fmt.Printf("%T %v\n", p, p)
	d := PointDef(p)
	fmt.Printf("%T %v\n", d, d)
	// PointDef does not inherit Point's methods.
	var x any = d
	_, ok := x.(interface{ Sum() int })
	fmt.Println(ok)
}
