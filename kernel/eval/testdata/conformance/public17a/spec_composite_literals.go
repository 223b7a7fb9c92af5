package main

import "fmt"

type Point3D struct{ x, y, z float64 }
type Line struct{ p, q Point3D }

func main() {
	origin := Point3D{}
	line := Line{origin, Point3D{y: -4, z: 12.3}}
	fmt.Println(line)
	buffer := [10]string{}
	intSet := [6]int{1, 2, 3, 5}
	days := [...]string{"Sat", "Sun"}
	fmt.Println(len(buffer), intSet, len(days))
	primes := []int{2, 3, 5, 7, 9: 29, 31}
	fmt.Println(primes, len(primes))
	vowels := [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}
	n := 0
	for _, v := range vowels {
		if v {
			n++
		}
	}
	fmt.Println(n)
	filter := [10]float32{-1, 4: -0.1, -0.1, 9: -1}
	fmt.Println(filter)
	noteFrequency := map[string]float32{"C0": 16.35, "D0": 18.35, "E0": 20.60}
	fmt.Println(noteFrequency)
	pts := []*Point3D{{1, 2, 3}, {x: 4}}
	fmt.Println(*pts[0], *pts[1])
	arr := [...]Point3D{{1.5, -3.5, 0}, {0, 0, 1}}
	fmt.Println(arr)
	m := map[Point3D]string{{0, 0, 0}: "origin", {1, 1, 1}: "unit"}
	fmt.Println(m[Point3D{}], m[Point3D{1, 1, 1}])
	pp := [2]*[2]int{{1, 2}, {3}}
	fmt.Println(*pp[0], *pp[1])
}
