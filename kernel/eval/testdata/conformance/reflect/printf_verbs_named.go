package main

import "fmt"

type Temp float64
type Point struct{ X, Y int }
type Level int

func main() {
	fmt.Printf("%v %T %#v\n", Temp(21.5), Temp(21.5), Temp(21.5))
	fmt.Printf("%v %+v %T %#v\n", Point{1, 2}, Point{1, 2}, Point{}, Point{1, 2})
	fmt.Printf("%d %T\n", Level(2), Level(2))
	fmt.Println(fmt.Sprint(Level(3)), fmt.Sprintf("%x", Level(255)))
}
