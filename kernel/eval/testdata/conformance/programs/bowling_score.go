package main

import (
	"errors"
	"fmt"
)

func score(rolls []int) (int, error) {
	total, i := 0, 0
	for frame := 0; frame < 10; frame++ {
		if i >= len(rolls) {
			return 0, errors.New("incomplete game")
		}
		switch {
		case rolls[i] == 10:
			if i+2 >= len(rolls) {
				return 0, errors.New("missing bonus")
			}
			total += 10 + rolls[i+1] + rolls[i+2]
			i++
		case i+1 < len(rolls) && rolls[i]+rolls[i+1] == 10:
			if i+2 >= len(rolls) {
				return 0, errors.New("missing bonus")
			}
			total += 10 + rolls[i+2]
			i += 2
		default:
			if i+1 >= len(rolls) {
				return 0, errors.New("incomplete frame")
			}
			total += rolls[i] + rolls[i+1]
			i += 2
		}
	}
	return total, nil
}

func main() {
	perfect := make([]int, 12)
	for i := range perfect {
		perfect[i] = 10
	}
	games := [][]int{perfect, make([]int, 20), {9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9}, {10, 10}}
	for _, g := range games {
		fmt.Println(score(g))
	}
}
