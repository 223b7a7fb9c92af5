package main

import "fmt"

func grade(score int) (letter string) {
	letter = "F"
	switch bucket := score / 10; bucket {
	case 10, 9:
		letter = "A"
	case 8:
		letter = "B"
	case 7:
		letter = "C"
	}
	if score%10 >= 7 && letter != "A" && letter != "F" {
		letter += "+"
	}
	return
}

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
	default:
		out = append(out, "negative")
	}
	return out
}

func weekday(d int) (s string) {
	switch d {
	case 0, 6:
		s = "weekend"
	case 1, 2, 3, 4:
		s = "weekday"
		if d == 4 {
			break
		}
		s += "!"
	case 5:
		s = "friday"
		fallthrough
	default:
		s += "?"
	}
	return
}

func sideEffects() {
	calls := 0
	f := func(v int) int { calls++; fmt.Print("f", v, " "); return v }
	switch x := 3; f(x) {
	case f(1), f(2):
		fmt.Println("one or two")
	case f(3), f(4):
		fmt.Println("three or four")
	}
	fmt.Println("calls", calls)
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (s Sq) Area() float64 { return s.s * s.s }
func (c Ci) Area() float64 { return 3 * c.r * c.r }

func main() {
	for _, s := range []int{100, 95, 87, 85, 79, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	for d := 0; d < 8; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	sideEffects()
	switch {
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
	var sh Shape = Ci{1}
	switch v := sh.(type) {
	case Sq, nil:
		fmt.Printf("Sq or nil: %T\n", v)
	case Ci:
		fmt.Println("circle r", v.r, v.Area())
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	type T string
	switch T("b") {
	case "a":
		fmt.Println("a")
	case "b":
		fmt.Println("typed b")
	}
}
