package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var parts []string
	for i := 1; i <= 30; i++ {
		switch {
		case i%15 == 0:
			parts = append(parts, "FizzBuzz")
		case i%3 == 0:
			parts = append(parts, "Fizz")
		case i%5 == 0:
			parts = append(parts, "Buzz")
		default:
			parts = append(parts, strconv.Itoa(i))
		}
	}
	fmt.Println(strings.Join(parts, " "))
	rules := []struct {
		d int
		w string
	}{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}
	for i := 100; i <= 105; i++ {
		s := ""
		for _, r := range rules {
			if i%r.d == 0 {
				s += r.w
			}
		}
		if s == "" {
			s = fmt.Sprint(i)
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
}
