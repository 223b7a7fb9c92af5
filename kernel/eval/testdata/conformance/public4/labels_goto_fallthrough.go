package main

import "fmt"

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
		fallthrough
	default:
		s += "num"
	}
	return s
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Println("odd", v)
		}
	}
	for _, n := range []int{-5, 0, 5, 500} {
		fmt.Printf("%d: %q\n", n, classify(n))
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	switch x := 3; x {
	case 1, 2, 3:
		fmt.Println("low")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	case 5:
		fmt.Println("five")
	}
sel:
	for {
		switch {
		case i > 0:
			i--
			continue sel
		default:
			break sel
		}
	}
	fmt.Println("i =", i)
	var t any = 3.5
	switch v := t.(type) {
	case int, int64:
		fmt.Printf("int-ish %T\n", v)
	case float64:
		fmt.Println("float", v*2)
	}
}
