package main

import "fmt"

type Point3D struct{ x, y, z float64 }
type Line struct{ p, q Point3D }

func main() {
	origin := Point3D{}
	line := Line{origin, Point3D{y: -4, z: 12.3}}
	fmt.Println(origin, line)
	var pointer *Point3D = &Point3D{y: 1000}
	fmt.Println(*pointer)
	buffer := [10]string{}
	intSet := [6]int{1, 2, 3, 5}
	days := [...]string{"Sat", "Sun"}
	fmt.Println(len(buffer), intSet, len(days))
	primes := []int{2, 3, 5, 7, 9, 2147483647}
	vowels := [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}
	filter := [10]float32{-1, 4: -0.1, -0.1, 9: -1}
	fmt.Println(primes, vowels['e'], vowels['b'], filter)
	noteFrequency := map[string]float32{
		"C0": 16.35, "D0": 18.35, "E0": 20.60, "F0": 21.83,
	}
	fmt.Println(len(noteFrequency), noteFrequency["E0"])
	ptrs := [...]*Point3D{{1.5, -3.5, 0}, {}}
	fmt.Println(*ptrs[0], *ptrs[1])
	pts := [][]Point3D{{{1, 2, 3}}, {}}
	fmt.Println(pts)
	type PPoint *Point3D
	pp := [2]PPoint{PPoint(&Point3D{1, 2, 3}), &Point3D{}}
	fmt.Println(pp[0].x, pp[1].z)
	keyed := map[Point3D]string{{1, 2, 3}: "a", {}: "origin"}
	fmt.Println(keyed[Point3D{}], keyed[Point3D{1, 2, 3}])
	arr := [...]int{5: 1, 2, 1: 7}
	fmt.Println(len(arr), arr)
}
