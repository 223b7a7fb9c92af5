package main

import "fmt"

type Vec3 [3]float64
type Grid [2][2]int

func norm1(v [3]float64) float64 { return v[0] + v[1] + v[2] }

func main() {
	v := Vec3{1, 2, 3}
	fmt.Println(norm1(v))
	var raw [3]float64 = v
	fmt.Println(raw == [3]float64(v))
	var g Grid
	g[1][1] = 4
	var anyv any = g
	_, ok := anyv.([2][2]int)
	fmt.Println("Grid as [2][2]int:", ok)
	_, ok = anyv.(Grid)
	fmt.Println("Grid as Grid:", ok)
	var a4 any = [4]int{}
	switch a4.(type) {
	case [3]int:
		fmt.Println("len 3")
	case [4]int:
		fmt.Println("len 4")
	}
	fmt.Printf("%T %T %v\n", v, raw, g)
}
