package main

import "fmt"

func grade(score int) string {
	s := ""
	switch {
	case score >= 90:
		s += "A"
		fallthrough
	case score >= 80:
		s += "B"
		fallthrough
	case score >= 70:
		s += "C"
	case score >= 60:
		s += "D"
	default:
		s += "F"
	}
	return s
}

func classify(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		fallthrough
	case '\t', '\n':
		return "space"
	}
	return "other"
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 5} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("a \tz") {
		fmt.Print(classify(c), " ")
	}
	fmt.Println()
	switch x := 5; x {
	default:
		fmt.Println("default first")
		fallthrough
	case 1:
		fmt.Println("one (fell through)")
	case 2:
		fmt.Println("two")
	}
}
