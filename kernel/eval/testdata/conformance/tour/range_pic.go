package main

import "fmt"

var pow = []int{1, 2, 4, 8, 16, 32, 64, 128}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x ^ y) * (x + y) / 2)
		}
	}
	return p
}

func main() {
	for i, v := range pow {
		fmt.Printf("2**%d = %d\n", i, v)
	}
	p2 := make([]int, 10)
	for i := range p2 {
		p2[i] = 1 << uint(i)
	}
	for _, value := range p2 {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
	pic := Pic(8, 4)
	sum := 0
	for _, row := range pic {
		for _, v := range row {
			sum += int(v)
		}
	}
	fmt.Println(sum, pic[3])
}
