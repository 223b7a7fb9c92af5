package main

import "fmt"

type Größe struct{ Breite, Höhe float64 }

func (g Größe) Fläche() float64 { return g.Breite * g.Höhe }

func main() {
	π := 3.14159
	日本語 := "Japanese"
	αβγ1 := []int{1, 2, 3}
	_x9 := 9
	g := Größe{2, 3.5}
	fmt.Println(π, 日本語, αβγ1, _x9, g.Fläche())
	fmt.Printf("%+v\n", g)
}
