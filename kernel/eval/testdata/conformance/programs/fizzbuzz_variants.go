package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fb1(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	}
	return strconv.Itoa(i)
}

func fb2(i int) (s string) {
	if i%3 == 0 {
		s += "Fizz"
	}
	if i%5 == 0 {
		s += "Buzz"
	}
	if s == "" {
		s = fmt.Sprint(i)
	}
	return
}

type rule struct {
	div  int
	word string
}

func fb3(i int, rules []rule) string {
	var b strings.Builder
	for _, r := range rules {
		if i%r.div == 0 {
			b.WriteString(r.word)
		}
	}
	if b.Len() == 0 {
		return strconv.Itoa(i)
	}
	return b.String()
}

func main() {
	var out []string
	for i := range 20 {
		out = append(out, fb1(i+1))
	}
	fmt.Println(strings.Join(out, ","))
	for i := 1; i <= 15; i++ {
		if fb1(i) != fb2(i) {
			fmt.Println("mismatch", i)
		}
	}
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}
	for i := 100; i <= 110; i++ {
		fmt.Print(fb3(i, rules), " ")
	}
	fmt.Println()
}
