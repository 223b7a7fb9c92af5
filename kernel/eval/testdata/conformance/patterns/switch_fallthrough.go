package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "small")
		fallthrough
	case 2, 3:
		out = append(out, "tiny")
	case 4:
		out = append(out, "four")
		fallthrough
	default:
		out = append(out, "other")
	}
	return out
}

func weekday(d int) string {
	switch d {
	case 1, 2, 3, 4, 5:
		return "weekday"
	case 6, 7:
		return "weekend"
	}
	return "invalid"
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i <= 5; i++ {
		fmt.Println(i, describe(i))
	}
	fmt.Println(weekday(3), weekday(7), weekday(0))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	case x > 1:
		fmt.Println("medium")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	f := func() int { fmt.Print("[eval] "); return 2 }
	switch f() {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
}
