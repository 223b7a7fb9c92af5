package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v == 5 {
				fmt.Println("found at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue
			}
			sum += v
		}
	}
	fmt.Println(sum)
}
