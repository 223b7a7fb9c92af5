package main

import "fmt"

type Grade rune

func grade(score int) Grade {
	switch {
	case score >= 90:
		return 'A'
	case score >= 80:
		return 'B'
	default:
		return 'F'
	}
}

func main() {
	for _, s := range []int{95, 85, 10} {
		fmt.Printf("%d:%c ", s, grade(s))
	}
	fmt.Println()
	switch x := any(3.0).(type) {
	case float64:
		fmt.Println("float", x+0.5)
	}
	switch c := 'b'; {
	case c >= 'a' && c <= 'z':
		fmt.Println("lower")
	}
}
